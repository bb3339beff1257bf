--TEST--
examples/time_server.php: port 0, two clients get the local time, the server exits after its bound of connections
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
$cmd = [PHP_BINARY, '-n', '-d', "extension=$ext", __DIR__ . '/../../examples/time_server.php', '127.0.0.1', '0', '2'];
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_timeout($pipes[1], 2);
$first = (string) fgets($pipes[1]);
if (!preg_match('/^listening on (127\.0\.0\.1):(\d+)\n$/', $first, $m) || $m[2] === '0') {
    exit("unexpected: $first" . stream_get_contents($pipes[2]));
}
echo "listening on 127.0.0.1 with a port\n";

/* the time is read around the answer: it is one of the two (a minute may turn) */
for ($i = 1; $i <= 2; $i++) {
    $before = 'The local time is ' . date('n/j/Y g:i a') . "\n";
    $client = stream_socket_client("tcp://$m[1]:$m[2]", $errno, $errstr, 2);
    stream_set_timeout($client, 2);
    $reply = stream_get_contents($client);
    $after = 'The local time is ' . date('n/j/Y g:i a') . "\n";
    fclose($client);
    echo "client $i: ", $reply === $before || $reply === $after ? 'the local time' : var_export($reply, true), "\n";
}

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
client 1: the local time
client 2: the local time
exit status 0
