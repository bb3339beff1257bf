--TEST--
tsp_sockets: socket_shutdown(): modes 0, 1, 2 and invalid values (PHP 8.2 to 8.4: EINVAL from the system)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */
require __DIR__ . '/../inc/skipif_php_pre85.inc';
?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* 1: no more writes; the peer reads EOF but can still send */
[$c, $a] = tcp_pair();
var_dump(socket_shutdown($c, 1));
var_dump(socket_read($a, 10));
var_dump(socket_write($a, 'back'), socket_read($c, 10));
/* 0: no more reads: reading returns "" */
[$c, $a] = tcp_pair();
var_dump(socket_shutdown($c, 0));
var_dump(socket_read($c, 10));
var_dump(socket_write($c, 'still writes'), socket_read($a, 100));
/* 2 (the default): both */
[$c, $a] = tcp_pair();
var_dump(socket_shutdown($c));
var_dump(socket_read($a, 10), socket_read($c, 10));
var_dump(socket_shutdown($c, 2));
/* invalid modes */
var_dump(socket_shutdown($a, 3));
show_err('socket', $a);
var_dump(socket_shutdown($a, -1));
/* not connected */
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_shutdown($u, 2));
show_err('socket', $u);
show('string mode', fn() => socket_shutdown($a, 'x'));
show('closed', function () use ($u) { socket_close($u); return socket_shutdown($u); });
?>
--EXPECTF--
bool(true)
string(0) ""
int(4)
string(4) "back"
bool(true)
string(0) ""
int(12)
string(12) "still writes"
bool(true)
string(0) ""
string(0) ""
bool(true)

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)
socket: 22 (Invalid argument)

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
socket: 107 (Transport endpoint is not connected)
string mode: TypeError: socket_shutdown(): Argument #2 ($mode) must be of type int, string given
closed: Error: socket_shutdown(): Argument #1 ($socket) has already been closed
