--TEST--
tsp_sockets: socket_set_option()/socket_get_option(): unknown levels and options, bad arguments
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, 9999, 1, 1));
show_err('socket', $s);
show_err('global');
var_dump(socket_set_option($s, SOL_SOCKET, 9999, 1));
var_dump(socket_get_option($s, SOL_SOCKET, 9999));
var_dump(socket_get_option($s, 9999, 1));
show_err('socket', $s);
var_dump(socket_get_option($s, -1, SO_TYPE));
var_dump(socket_get_option($s, SOL_SOCKET, -1));
show('level string', fn() => socket_set_option($s, 'x', SO_REUSEADDR, 1));
show('option string', fn() => socket_get_option($s, SOL_SOCKET, 'x'));
show('missing value', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR));
show('missing option', fn() => socket_get_option($s, SOL_SOCKET));
show('not a socket', fn() => socket_get_option(1, SOL_SOCKET, SO_TYPE));
show('set closed', function () { $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x); return socket_set_option($x, SOL_SOCKET, SO_REUSEADDR, 1); });
show('get closed', function () { $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x); return socket_get_option($x, SOL_SOCKET, SO_TYPE); });
?>
--EXPECTF--
Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
socket: 92 (Protocol not available)
global: 92 (Protocol not available)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
socket: 95 (Operation not supported)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
level string: TypeError: socket_set_option(): Argument #2 ($level) must be of type int, string given
option string: TypeError: socket_get_option(): Argument #3 ($option) must be of type int, string given
missing value: ArgumentCountError: socket_set_option() expects exactly 4 arguments, 3 given
missing option: ArgumentCountError: socket_get_option() expects exactly 3 arguments, 2 given
not a socket: TypeError: socket_get_option(): Argument #1 ($socket) must be of type Socket, int given
set closed: Error: socket_set_option(): Argument #1 ($socket) has already been closed
get closed: Error: socket_get_option(): Argument #1 ($socket) has already been closed
