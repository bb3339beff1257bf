--TEST--
examples/udp_time_server.php: port 0, datagrams answered with the local time to their sender, exit after the bound of requests
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
$cmd = [PHP_BINARY, '-n', '-d', "extension=$ext", __DIR__ . '/../../examples/udp_time_server.php', '127.0.0.1', '0', '3'];
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_timeout($pipes[1], 2);
$first = (string) fgets($pipes[1]);
if (!preg_match('/^listening on (127\.0\.0\.1):(\d+)\n$/', $first, $m) || $m[2] === '0') {
    exit("unexpected: $first" . stream_get_contents($pipes[2]));
}
[, $host, $port] = $m;
echo "listening on 127.0.0.1 with a port\n";
echo fgets($pipes[1]) === "talk to it with: echo | nc -u -w1 $host $port\n" ? "nc hint\n" : "no nc hint\n";

/* two requests from one client socket, one from another: each answer goes to its sender */
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach ([$a, $b] as $s) {
    socket_bind($s, '127.0.0.1', 0);
    socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);
}
foreach ([['a', $a, "what time is it?\n"], ['b', $b, ''], ['a', $a, str_repeat('x', 1000)]] as $i => [$who, $s, $ask]) {
    $before = 'The local time is ' . date('n/j/Y g:i a') . "\n";
    socket_sendto($s, $ask, strlen($ask), 0, $host, (int) $port);
    $len = socket_recvfrom($s, $reply, 65535, 0, $from, $fromPort);
    $after = 'The local time is ' . date('n/j/Y g:i a') . "\n";
    echo "request ", $i + 1, " from $who (", strlen($ask), " bytes): ",
        $reply === $before || $reply === $after ? 'the local time' : var_export($reply, true),
        $from === $host && $fromPort === (int) $port ? ', from the server' : ", from $from:$fromPort", "\n";
}
socket_close($a);
socket_close($b);

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
request 1 from a (17 bytes): the local time, from the server
request 2 from b (0 bytes): the local time, from the server
request 3 from a (1000 bytes): the local time, from the server
stopped after 3 requests
exit status 0
