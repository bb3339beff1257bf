--TEST--
tsp_sockets: socket_write(): length argument (partial, zero, larger than data, null, negative)
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$x, $y] = $p;
show('length 3', fn() => socket_write($x, 'hello', 3));
show('read', fn() => socket_read($y, 100));
show('length 0', fn() => socket_write($x, 'hello', 0));
show('length 100', fn() => socket_write($x, 'hello', 100));
show('read', fn() => socket_read($y, 100));
show('length null', fn() => socket_write($x, 'hello', null));
show('read', fn() => socket_read($y, 100));
show('length -1', fn() => socket_write($x, 'hello', -1));
show('length PHP_INT_MIN', fn() => socket_write($x, 'hello', PHP_INT_MIN));
show('empty data', fn() => socket_write($x, ''));
show('binary data', fn() => socket_write($x, "a\0b\xff"));
show('read', fn() => bin2hex(socket_read($y, 100)));
show('int data', fn() => socket_write($x, 12345));
show('read', fn() => socket_read($y, 100));
show('array data', fn() => socket_write($x, []));
show('string length', fn() => socket_write($x, 'x', 'y'));
show('no data', fn() => socket_write($x));
show('closed', function () use ($x) { socket_close($x); return socket_write($x, 'a'); });
?>
--EXPECT--
length 3: int(3)
read: string(3) "hel"
length 0: int(0)
length 100: int(5)
read: string(5) "hello"
length null: int(5)
read: string(5) "hello"
length -1: ValueError: socket_write(): Argument #3 ($length) must be greater than or equal to 0
length PHP_INT_MIN: ValueError: socket_write(): Argument #3 ($length) must be greater than or equal to 0
empty data: int(0)
binary data: int(4)
read: string(8) "610062ff"
int data: int(5)
read: string(5) "12345"
array data: TypeError: socket_write(): Argument #2 ($data) must be of type string, array given
string length: TypeError: socket_write(): Argument #3 ($length) must be of type ?int, string given
no data: ArgumentCountError: socket_write() expects at least 2 arguments, 1 given
closed: Error: socket_write(): Argument #1 ($socket) has already been closed
