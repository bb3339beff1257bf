--TEST--
tsp_sockets: stream_socket_server(): a port with many leading zeros is read whole (regression found by fuzzing)
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$a = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($a, false), ':'), 1);
fclose($a);
$s = stream_socket_server('tcp://127.0.0.1:' . str_repeat('0', 70) . $port, $errno, $errstr);
var_dump(stream_socket_get_name($s, false) === "127.0.0.1:$port");
$s6 = stream_socket_server('tcp://[::1]:' . str_repeat(' ', 3) . str_repeat('0', 100) . '0', $errno, $errstr);
var_dump(is_resource($s6));
?>
--EXPECT--
bool(true)
bool(true)
