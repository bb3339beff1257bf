--TEST--
examples/time_server.php: port 0, two clients get the local time, the server exits after its bound of connections
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
$cmd = example_cmd('time_server.php', ['127.0.0.1', '0', '2']);
[$proc, $pipes] = example_start($cmd);
[$host, $port] = example_listening($proc, $pipes);
echo "listening on 127.0.0.1 with a port\n";

/* the time is read around the answer: it is one of the two (a minute may turn) */
for ($i = 1; $i <= 2; $i++) {
    $before = 'The local time is ' . date('n/j/Y g:i a') . "\n";
    $client = stream_socket_client("tcp://$host:$port", $errno, $errstr, 2);
    stream_set_timeout($client, 2);
    $reply = stream_get_contents($client);
    $after = 'The local time is ' . date('n/j/Y g:i a') . "\n";
    fclose($client);
    echo "client $i: ", $reply === $before || $reply === $after ? 'the local time' : var_export($reply, true), "\n";
}

example_finish($proc, $pipes);
?>
--EXPECT--
listening on 127.0.0.1 with a port
client 1: the local time
client 2: the local time
exit status 0
