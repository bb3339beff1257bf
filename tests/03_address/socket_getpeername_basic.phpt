--TEST--
tsp_sockets: socket_getpeername(): connected, unconnected and closed sockets
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_getsockname($c, $caddr, $cport);
socket_getsockname($a, $aaddr, $aport);
var_dump(socket_getpeername($a, $paddr, $pport), $paddr, $pport === $cport);
var_dump(socket_getpeername($c, $paddr2, $pport2), $paddr2, $pport2 === $aport);
var_dump(socket_getpeername($c, $only), $only);

$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$x = 'untouched';
var_dump(socket_getpeername($u, $x), $x);
show_err('socket', $u);
show_err('global');
[$l, $port] = tcp_listener();
var_dump(socket_getpeername($l, $x));
show('missing addr', fn() => socket_getpeername($c));
show('closed', function () use ($u) { socket_close($u); return socket_getpeername($u, $x); });
show('null', fn() => socket_getpeername(null, $x));
?>
--EXPECTF--
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(9) "untouched"
socket: 107 (Transport endpoint is not connected)
global: 107 (Transport endpoint is not connected)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
missing addr: ArgumentCountError: socket_getpeername() expects at least 2 arguments, 1 given
closed: Error: socket_getpeername(): Argument #1 ($socket) has already been closed
null: TypeError: socket_getpeername(): Argument #1 ($socket) must be of type Socket, null given
