--TEST--
tsp_sockets: socket_accept(): on a socket that is not listening
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_accept($s));
show_err('socket', $s);
show_err('global');
socket_bind($s, '127.0.0.1', 0);
var_dump(socket_accept($s));
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_accept($d));
show_err('socket', $d);
[$c, $a] = tcp_pair();
var_dump(socket_accept($c));
show('closed', function () { $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x); return socket_accept($x); });
show('not a socket', fn() => socket_accept(new stdClass));
show('no args', fn() => socket_accept());
?>
--EXPECTF--
Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)
socket: 0 (Success)
global: 22 (Invalid argument)

Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_accept(): unable to accept incoming connection [95]: Operation not supported in %s on line %d
bool(false)
socket: 0 (Success)

Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)
closed: Error: socket_accept(): Argument #1 ($socket) has already been closed
not a socket: TypeError: socket_accept(): Argument #1 ($socket) must be of type Socket, stdClass given
no args: ArgumentCountError: socket_accept() expects at least 1 argument, 0 given
