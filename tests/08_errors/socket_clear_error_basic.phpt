--TEST--
tsp_sockets: socket_clear_error(): per-socket and global
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_getpeername($a, $x);
@socket_set_option($b, SOL_SOCKET, 9999, 1);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
/* clearing a socket leaves the global code and other sockets */
var_dump(socket_clear_error($a));
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
/* clearing the global code leaves sockets */
var_dump(socket_clear_error());
var_dump(socket_last_error($b), socket_last_error());
var_dump(socket_clear_error($b));
var_dump(socket_last_error($b));
show('null', fn() => socket_clear_error(null));
show('string', fn() => socket_clear_error('x'));
show('closed', function () use ($a) { socket_close($a); return socket_clear_error($a); });
show('extra', fn() => socket_clear_error($b, 1));
?>
--EXPECT--
int(107)
int(92)
int(92)
NULL
int(0)
int(92)
int(92)
NULL
int(92)
int(0)
NULL
int(0)
null: NULL
string: TypeError: socket_clear_error(): Argument #1 ($socket) must be of type ?Socket, string given
closed: Error: socket_clear_error(): Argument #1 ($socket) has already been closed
extra: ArgumentCountError: socket_clear_error() expects at most 1 argument, 2 given
