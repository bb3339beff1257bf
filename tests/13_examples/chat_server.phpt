--TEST--
examples/chat_server.php: two clients on port 0, join and leave notices, each line goes to the other client only
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
$cmd = [PHP_BINARY, '-n', '-d', "extension=$ext", __DIR__ . '/../../examples/chat_server.php', '127.0.0.1', '0', '2'];
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_timeout($pipes[1], 2);
$first = (string) fgets($pipes[1]);
if (!preg_match('/^listening on (127\.0\.0\.1):(\d+)\n$/', $first, $m) || $m[2] === '0') {
    proc_terminate($proc, 9);
    exit("unexpected: $first" . stream_get_contents($pipes[2]));
}
[, $host, $port] = $m;
echo "listening on 127.0.0.1 with a port\n";
echo fgets($pipes[1]) === "talk to it from two terminals with: nc $host $port\n" ? "nc hint\n" : "no nc hint\n";

function connect(string $host, string $port)
{
    $c = stream_socket_client("tcp://$host:$port", $errno, $errstr, 2);
    stream_set_timeout($c, 2);
    return $c;
}
function hear(string $who, $c): void
{
    $line = fgets($c);
    echo "$who hears: ", $line === false ? "nothing\n" : $line;
}

$a = connect($host, $port);
hear('a', $a);
echo 'server: ', fgets($pipes[1]);
$b = connect($host, $port);
hear('b', $b);
hear('a', $a);
echo 'server: ', fgets($pipes[1]);

fwrite($a, "hello from a\n");
hear('b', $b);
fwrite($b, "hi a\r\nsecond line\n");   // two lines in one write, one with CRLF
hear('a', $a);
hear('a', $a);
fwrite($a, 'a line in ');               // a line in two writes
usleep(50000);
fwrite($a, "two parts\n");
hear('b', $b);

fclose($b);
hear('a', $a);
echo 'server: ', fgets($pipes[1]);
fclose($a);

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
a hears: * you are user1, 1 in the room
server: user1 joined
b hears: * you are user2, 2 in the room
a hears: * user2 joined
server: user2 joined
b hears: user1: hello from a
a hears: user2: hi a
a hears: user2: second line
b hears: user1: a line in two parts
a hears: * user2 left
server: user2 left
user1 left
stopped after 2 clients
exit status 0
