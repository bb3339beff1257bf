--TEST--
tsp_sockets: socket_read(): PHP_BINARY_READ, lengths and modes
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$x, $y] = $p;
socket_write($x, "0123456789");
show('read 4', fn() => socket_read($y, 4));
show('read 4 binary', fn() => socket_read($y, 4, PHP_BINARY_READ));
show('read rest', fn() => socket_read($y, 100));
/* unknown modes behave as PHP_BINARY_READ */
foreach ([0, 3, 99, -1] as $mode) {
    socket_write($x, "ab\ncd");
    show("mode $mode", fn() => socket_read($y, 100, $mode));
}
/* non-positive lengths: false, no warning, no error code */
socket_clear_error($y);
show('length 0', fn() => socket_read($y, 0));
show('length -1', fn() => socket_read($y, -1));
show('length PHP_INT_MIN', fn() => socket_read($y, PHP_INT_MIN));
show_err('socket', $y);
show('string length', fn() => socket_read($y, 'x'));
show('string mode', fn() => socket_read($y, 1, 'x'));
show('no length', fn() => socket_read($y));
show('closed', function () use ($y) { socket_close($y); return socket_read($y, 1); });
var_dump(PHP_BINARY_READ, PHP_NORMAL_READ);
?>
--EXPECT--
read 4: string(4) "0123"
read 4 binary: string(4) "4567"
read rest: string(2) "89"
mode 0: string(5) "ab
cd"
mode 3: string(5) "ab
cd"
mode 99: string(5) "ab
cd"
mode -1: string(5) "ab
cd"
length 0: bool(false)
length -1: bool(false)
length PHP_INT_MIN: bool(false)
socket: 0 (Success)
string length: TypeError: socket_read(): Argument #2 ($length) must be of type int, string given
string mode: TypeError: socket_read(): Argument #3 ($mode) must be of type int, string given
no length: ArgumentCountError: socket_read() expects at least 2 arguments, 1 given
closed: Error: socket_read(): Argument #1 ($socket) has already been closed
int(2)
int(1)
