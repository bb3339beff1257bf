--TEST--
tsp_sockets: stream_socket_server(): the context's backlog wins over the default
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/queue.inc';
$ctx = stream_context_create(['socket' => ['backlog' => 4]]);
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
var_dump(connected_without_accept($s, 12, 5));
?>
--EXPECT--
int(5)
