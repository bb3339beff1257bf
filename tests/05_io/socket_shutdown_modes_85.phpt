--TEST--
tsp_sockets: socket_shutdown(): modes 0, 1, 2 and invalid values (PHP 8.5: ValueError)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */
require __DIR__ . '/../inc/skipif_php85.inc';
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
/* PHP 8.5: a mode other than SHUT_RD, SHUT_WR, SHUT_RDWR is a ValueError, before the call */
var_dump(SHUT_RD, SHUT_WR, SHUT_RDWR);
foreach ([3, -1, PHP_INT_MAX, PHP_INT_MIN] as $m) {
    show("mode $m", fn() => socket_shutdown($a, $m));
}
show_err('socket', $a);
show('mode 3, not connected', fn() => socket_shutdown(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), 3));
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
int(0)
int(1)
int(2)
mode 3: ValueError: socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
mode -1: ValueError: socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
mode 9223372036854775807: ValueError: socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
mode -9223372036854775808: ValueError: socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR
socket: 0 (Success)
mode 3, not connected: ValueError: socket_shutdown(): Argument #2 ($mode) must be one of SHUT_RD, SHUT_WR or SHUT_RDWR

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
socket: 107 (Transport endpoint is not connected)
string mode: TypeError: socket_shutdown(): Argument #2 ($mode) must be of type int, string given
closed: Error: socket_shutdown(): Argument #1 ($socket) has already been closed
