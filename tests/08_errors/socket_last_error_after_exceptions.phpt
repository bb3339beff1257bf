--TEST--
tsp_sockets: socket_last_error(): exceptions for bad arguments leave error codes alone
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_getpeername($s, $x);
var_dump(socket_last_error($s), socket_last_error());
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
throws('bind long path', fn() => socket_bind($u, str_repeat('a', 300)));
throws('connect no port', fn() => socket_connect($s, '127.0.0.1'));
throws('create pair bad domain', fn() => socket_create_pair(-1, SOCK_STREAM, 0, $pair));
throws('write negative length', fn() => socket_write($s, 'x', -1));
throws('linger missing key', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, []));
throws('strerror range', fn() => socket_strerror(PHP_INT_MAX));
throws('read type', fn() => socket_read($s, 'x'));
var_dump(socket_last_error($s), socket_last_error($u), socket_last_error());
/* silent false from socket_read with length 0 does not touch them either */
var_dump(socket_read($s, 0), socket_last_error($s), socket_last_error());
?>
--EXPECT--
int(107)
int(107)
bind long path: ValueError: socket_bind(): Argument #2 ($address) must be less than 108
connect no port: ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
create pair bad domain: ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
write negative length: ValueError: socket_write(): Argument #3 ($length) must be greater than or equal to 0
linger missing key: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
strerror range: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
read type: TypeError: socket_read(): Argument #2 ($length) must be of type int, string given
int(107)
int(0)
int(107)
bool(false)
int(107)
int(107)
