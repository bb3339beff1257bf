--TEST--
examples/stream_echo_server.php: stream_socket_server() on port 0, two clients served at once through stream_select()
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
$cmd = example_cmd('stream_echo_server.php', ['127.0.0.1', '0', '2']);
[$proc, $pipes] = example_start($cmd);
[$host, $port] = example_listening($proc, $pipes);
echo "listening on 127.0.0.1 with a port\n";
echo fgets($pipes[1]) === "talk to it with: nc $host $port\n" ? "nc hint\n" : "no nc hint\n";

function echoed(string $who, $c, string $sent): void
{
    $got = '';
    while (strlen($got) < strlen($sent) && ($part = fread($c, 65536)) !== false && $part !== '') {
        $got .= $part;
    }
    echo "$who gets back: ", $got === $sent ? 'what it sent, ' . strlen($got) . ' bytes' : var_export(substr($got, 0, 40), true) . ' (' . strlen($got) . ' bytes)', "\n";
}

/* a sends half a line, b is served meanwhile, a finishes its line */
$a = example_connect($host, $port);
$b = example_connect($host, $port);
fwrite($a, 'ab');
fwrite($b, "pong\n");
echoed('b', $b, "pong\n");
fwrite($a, "c\n");
echoed('a', $a, "abc\n");

/* 200 kB, more than the socket buffers hold: the server buffers and sends as b reads */
$big = str_repeat('0123456789', 20000);
fwrite($b, $big);
echoed('b', $b, $big);

fclose($a);
echo 'server: ', fgets($pipes[1]);
fclose($b);

example_finish($proc, $pipes);
?>
--EXPECT--
listening on 127.0.0.1 with a port
nc hint
b gets back: what it sent, 5 bytes
a gets back: what it sent, 4 bytes
b gets back: what it sent, 200000 bytes
server: connection 1: echoed 4 bytes
connection 2: echoed 200005 bytes
stopped after 2 connections
exit status 0
