--TEST--
tsp_sockets: socket_connect(): port argument and address errors
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('no port', fn() => socket_connect($c, '127.0.0.1'));
show('null port', fn() => socket_connect($c, '127.0.0.1', null));
show('string port', fn() => socket_connect($c, '127.0.0.1', 'http'));
show('array address', fn() => socket_connect($c, [], 80));
show('no address', fn() => socket_connect($c));
show('closed', function () { $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x); return socket_connect($x, '127.0.0.1', 80); });
show('not a socket', fn() => socket_connect(false, '127.0.0.1', 80));
/* the port is ignored for AF_UNIX */
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('unix missing file', fn() => socket_connect($u, sys_get_temp_dir() . '/tsp-missing-' . getmypid() . '.sock', 80));
show_err('socket', $u);
/* connecting an already connected socket */
[$a, $b] = tcp_pair();
socket_getpeername($a, $h, $p);
show('again', fn() => socket_connect($a, '127.0.0.1', $p));
show_err('socket', $a);
?>
--EXPECTF--
no port: ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
null port: ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
string port: TypeError: socket_connect(): Argument #3 ($port) must be of type ?int, string given
array address: TypeError: socket_connect(): Argument #2 ($address) must be of type string, array given
no address: ArgumentCountError: socket_connect() expects at least 2 arguments, 1 given
closed: Error: socket_connect(): Argument #1 ($socket) has already been closed
not a socket: TypeError: socket_connect(): Argument #1 ($socket) must be of type Socket, %s given

Warning: socket_connect(): unable to connect [2]: No such file or directory in %s on line %d
unix missing file: bool(false)
socket: 2 (No such file or directory)

Warning: socket_connect(): unable to connect [106]: Transport endpoint is already connected in %s on line %d
again: bool(false)
socket: 106 (Transport endpoint is already connected)
