--TEST--
tsp_sockets: stream_socket_server(): with the replacement off, core's errno 0 comes back
--EXTENSIONS--
tsp_sockets
--INI--
tsp_sockets.stream_server=0
--FILE--
<?php
var_dump(stream_socket_server('unix:///nonexistent-tsp-dir/x.sock', $errno, $errstr), $errno, $errstr);
?>
--EXPECTF--
Warning: stream_socket_server(): Unable to connect to unix:///nonexistent-tsp-dir/x.sock (Unknown error) in %s on line %d
bool(false)
int(0)
string(0) ""
