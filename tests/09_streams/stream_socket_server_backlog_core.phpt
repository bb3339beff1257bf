--TEST--
tsp_sockets: stream_socket_server(): with tsp_sockets.stream_server=0, core's backlog of 32 is back
--EXTENSIONS--
tsp_sockets
--INI--
tsp_sockets.stream_server=0
--FILE--
<?php
require __DIR__ . '/../inc/queue.inc';
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
var_dump(connected_without_accept($s, 48, 33));
?>
--EXPECT--
int(33)
