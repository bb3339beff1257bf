--TEST--
tsp_sockets: stream_socket_server(): tsp_sockets.default_backlog sets the default
--EXTENSIONS--
tsp_sockets
--INI--
tsp_sockets.default_backlog=7
--FILE--
<?php
require __DIR__ . '/../inc/queue.inc';
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
var_dump(connected_without_accept($s, 16, 8));
ini_set('tsp_sockets.default_backlog', '2');
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
var_dump(connected_without_accept($s, 8, 3));
?>
--EXPECT--
int(8)
int(3)
