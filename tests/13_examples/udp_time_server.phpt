--TEST--
examples/udp_time_server.php: port 0, datagrams answered with the local time to their sender, exit after the bound of requests
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
$cmd = example_cmd('udp_time_server.php', ['127.0.0.1', '0', '3']);
[$proc, $pipes] = example_start($cmd);
[$host, $port] = example_listening($proc, $pipes);
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

example_finish($proc, $pipes);
?>
--EXPECT--
listening on 127.0.0.1 with a port
nc hint
request 1 from a (17 bytes): the local time, from the server
request 2 from b (0 bytes): the local time, from the server
request 3 from a (1000 bytes): the local time, from the server
stopped after 3 requests
exit status 0
