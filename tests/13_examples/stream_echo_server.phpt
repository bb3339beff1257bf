--TEST--
examples/stream_echo_server.php: stream_socket_server() on port 0, two clients served at once through stream_select()
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
$cmd = [PHP_BINARY, '-n', '-d', "extension=$ext", __DIR__ . '/../../examples/stream_echo_server.php', '127.0.0.1', '0', '2'];
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_timeout($pipes[1], 2);
$first = (string) fgets($pipes[1]);
if (!preg_match('/^listening on (127\.0\.0\.1):(\d+)\n$/', $first, $m) || $m[2] === '0') {
    proc_terminate($proc, 9);
    exit("unexpected: $first" . stream_get_contents($pipes[2]));
}
[, $host, $port] = $m;
echo "listening on 127.0.0.1 with a port\n";
echo fgets($pipes[1]) === "talk to it with: nc $host $port\n" ? "nc hint\n" : "no nc hint\n";

function connect(string $host, string $port)
{
    $c = stream_socket_client("tcp://$host:$port", $errno, $errstr, 2);
    stream_set_timeout($c, 2);
    return $c;
}
function echoed(string $who, $c, string $sent): void
{
    $got = '';
    while (strlen($got) < strlen($sent) && ($part = fread($c, 65536)) !== false && $part !== '') {
        $got .= $part;
    }
    echo "$who gets back: ", $got === $sent ? 'what it sent, ' . strlen($got) . ' bytes' : var_export(substr($got, 0, 40), true) . ' (' . strlen($got) . ' bytes)', "\n";
}

/* a sends half a line, b is served meanwhile, a finishes its line */
$a = connect($host, $port);
$b = connect($host, $port);
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

$deadline = microtime(true) + 2;
while (($st = proc_get_status($proc))['running'] && microtime(true) < $deadline) {
    usleep(10000);
}
if ($st['running']) {
    proc_terminate($proc, 9);
}
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($proc);
echo $st['running'] ? 'still running after its bound' : ($st['signaled'] ? "killed by signal $st[termsig]" : "exit status $st[exitcode]"), "\n";
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
