--TEST--
tsp_sockets: socket_last_error(): per-socket and global error codes
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
var_dump(socket_last_error());
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error($a), socket_last_error($b));
/* an error on $a sets $a and the global code, not $b */
@socket_getpeername($a, $x);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
/* an error on another socket replaces the global code; $a keeps its own */
@socket_listen(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP));
var_dump(socket_last_error($a), socket_last_error());
@socket_set_option($b, SOL_SOCKET, 9999, 1);
var_dump(socket_last_error($a), socket_last_error($b), socket_last_error());
/* success does not reset codes */
var_dump(socket_bind($a, '127.0.0.1', 0));
var_dump(socket_last_error($a), socket_last_error());
/* errors without a socket (socket_create) only set the global code */
@socket_create(AF_INET, SOCK_STREAM, 9999);
var_dump(socket_last_error(), socket_last_error($a));
/* reading does not clear */
var_dump(socket_last_error($a), socket_last_error());
show('null', fn() => socket_last_error(null));
show('string', fn() => socket_last_error('x'));
show('closed', function () use ($a) { socket_close($a); return socket_last_error($a); });
show('extra', fn() => socket_last_error($b, 1));
?>
--EXPECT--
int(0)
int(0)
int(0)
int(107)
int(0)
int(107)
int(107)
int(95)
int(107)
int(92)
int(92)
bool(true)
int(107)
int(92)
int(22)
int(107)
int(107)
int(22)
null: int(22)
string: TypeError: socket_last_error(): Argument #1 ($socket) must be of type ?Socket, string given
closed: Error: socket_last_error(): Argument #1 ($socket) has already been closed
extra: ArgumentCountError: socket_last_error() expects at most 1 argument, 2 given
