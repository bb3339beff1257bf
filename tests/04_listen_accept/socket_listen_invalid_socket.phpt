--TEST--
tsp_sockets: socket_listen(): unbound, datagram, connected and closed sockets
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* an unbound TCP socket gets an ephemeral port */
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_listen($s));
socket_getsockname($s, $addr, $port);
var_dump($addr, port_shape($port));
/* datagram sockets cannot listen */
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_listen($d));
show_err('socket', $d);
show_err('global');
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_listen($u));
/* an unbound unix stream socket */
$us = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_listen($us));
show_err('socket', $us);
/* a connected socket */
[$c, $a] = tcp_pair();
var_dump(socket_listen($c));
show_err('socket', $c);
show('closed', function () { $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x); return socket_listen($x); });
show('not a socket', fn() => socket_listen('x'));
show('no args', fn() => socket_listen());
?>
--EXPECTF--
bool(true)
string(7) "0.0.0.0"
string(9) "int(port)"

Warning: socket_listen(): unable to listen on socket [95]: Operation not supported in %s on line %d
bool(false)
socket: 95 (Operation not supported)
global: 95 (Operation not supported)

Warning: socket_listen(): unable to listen on socket [95]: Operation not supported in %s on line %d
bool(false)

Warning: socket_listen(): unable to listen on socket [22]: Invalid argument in %s on line %d
bool(false)
socket: 22 (Invalid argument)

Warning: socket_listen(): unable to listen on socket [22]: Invalid argument in %s on line %d
bool(false)
socket: 22 (Invalid argument)
closed: Error: socket_listen(): Argument #1 ($socket) has already been closed
not a socket: TypeError: socket_listen(): Argument #1 ($socket) must be of type Socket, string given
no args: ArgumentCountError: socket_listen() expects at least 1 argument, 0 given
