--TEST--
tsp_sockets: stream_socket_server(): the default backlog is the system's, not 32
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
$max = (int) @file_get_contents('/proc/sys/net/core/somaxconn');
if ($max < 64) die("skip net.core.somaxconn below 64");
?>
--FILE--
<?php
require __DIR__ . '/../inc/queue.inc';
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
var_dump(connected_without_accept($s, 48, 48));
?>
--EXPECT--
int(48)
