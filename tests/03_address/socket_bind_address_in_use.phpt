--TEST--
tsp_sockets: socket_bind(): address already in use
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '127.0.0.1', $port));
show_err('socket', $s);
show_err('global');
/* SO_REUSEADDR does not allow sharing a port with a listener */
$r = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_option($r, SOL_SOCKET, SO_REUSEADDR, 1);
var_dump(socket_bind($r, '127.0.0.1', $port));
/* UDP has its own port space */
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($u, '127.0.0.1', $port));
/* after the listener is gone the port is free again */
socket_close($l);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($t, '127.0.0.1', $port));
?>
--EXPECTF--
Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
socket: 98 (Address already in use)
global: 98 (Address already in use)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
bool(true)
