--TEST--
tsp_sockets: socket_create_listen(): ephemeral port, address and listening state
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$l = socket_create_listen(0);
var_dump(get_class($l));
var_dump(socket_getsockname($l, $addr, $port), $addr, port_shape($port));
var_dump(socket_get_option($l, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
var_dump(socket_get_option($l, SOL_SOCKET, SO_REUSEADDR) !== 0);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
$a = socket_accept($l);
var_dump(get_class($a));
socket_write($c, "ping");
var_dump(socket_read($a, 10));
?>
--EXPECT--
string(6) "Socket"
bool(true)
string(7) "0.0.0.0"
string(9) "int(port)"
bool(true)
bool(false)
bool(true)
string(6) "Socket"
string(4) "ping"
