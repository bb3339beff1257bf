--TEST--
tsp_sockets: socket_set_block()/socket_set_nonblock(): toggling and bad arguments
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$x, $y] = $p;
var_dump(socket_set_nonblock($y), socket_set_nonblock($y));
var_dump(socket_read($y, 10));
var_dump(socket_set_block($y), socket_set_block($y));
socket_write($x, 'ok');
var_dump(socket_read($y, 10));
/* non-blocking connect to a listener on loopback */
[$l, $port] = tcp_listener();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c);
$r = @socket_connect($c, '127.0.0.1', $port);
var_dump($r === true || socket_last_error($c) === SOCKET_EINPROGRESS);
show('block closed', function () { $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($s); return socket_set_block($s); });
show('nonblock closed', function () { $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($s); return socket_set_nonblock($s); });
show('block string', fn() => socket_set_block('x'));
show('nonblock null', fn() => socket_set_nonblock(null));
show('block no args', fn() => socket_set_block());
show('nonblock extra', fn() => socket_set_nonblock($x, true));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
string(2) "ok"
bool(true)
block closed: Error: socket_set_block(): Argument #1 ($socket) has already been closed
nonblock closed: Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
block string: TypeError: socket_set_block(): Argument #1 ($socket) must be of type Socket, string given
nonblock null: TypeError: socket_set_nonblock(): Argument #1 ($socket) must be of type Socket, null given
block no args: ArgumentCountError: socket_set_block() expects exactly 1 argument, 0 given
nonblock extra: ArgumentCountError: socket_set_nonblock() expects exactly 1 argument, 2 given
