--TEST--
tsp_sockets: stream_socket_server(): errno and errstr of a failed bind() or listen() are the real ones
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
$a = stream_socket_server('tcp://127.0.0.1:0');
$taken = stream_socket_get_name($a, false);
var_dump(stream_socket_server("tcp://$taken", $errno, $errstr), $errno, $errstr);
var_dump(stream_socket_server('unix:///nonexistent-tsp-dir/x.sock', $errno, $errstr), $errno, $errstr);
var_dump(stream_socket_server('udp://127.0.0.1:0', $errno, $errstr), $errno, $errstr);
var_dump(stream_socket_server('tcp://127.0.0.1', $errno, $errstr), $errno, $errstr);
?>
--EXPECTF--
Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1:%d (Address already in use) in %s on line %d
bool(false)
int(98)
string(22) "Address already in use"

Warning: stream_socket_server(): Unable to connect to unix:///nonexistent-tsp-dir/x.sock (No such file or directory) in %s on line %d
bool(false)
int(2)
string(25) "No such file or directory"

Warning: stream_socket_server(): Unable to connect to udp://127.0.0.1:0 (Operation not supported) in %s on line %d
bool(false)
int(95)
string(23) "Operation not supported"

Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1 (Failed to parse address "127.0.0.1") in %s on line %d
bool(false)
int(0)
string(35) "Failed to parse address "127.0.0.1""
