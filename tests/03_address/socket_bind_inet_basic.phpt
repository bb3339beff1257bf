--TEST--
tsp_sockets: socket_bind(): IPv4 loopback with port 0, read back by socket_getsockname()
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '127.0.0.1', 0));
var_dump(socket_getsockname($s, $addr, $port), $addr, port_shape($port));
/* port is optional and defaults to 0 */
$t = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($t, '127.0.0.1'));
var_dump(socket_getsockname($t, $addr2, $port2), $addr2, port_shape($port2), $port2 !== $port);
/* the port can be reused by a second socket only after the first is closed */
socket_close($s);
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($u, '127.0.0.1', $port));
socket_getsockname($u, $addr3, $port3);
var_dump($port3 === $port);
/* binding twice */
var_dump(socket_bind($u, '127.0.0.1', 0));
show_err('socket', $u);
?>
--EXPECTF--
bool(true)
bool(true)
string(9) "127.0.0.1"
string(9) "int(port)"
bool(true)
bool(true)
string(9) "127.0.0.1"
string(9) "int(port)"
bool(true)
bool(true)
bool(true)

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
socket: 22 (Invalid argument)
