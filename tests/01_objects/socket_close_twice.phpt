--TEST--
tsp_sockets: socket_close(): closing twice, and using a closed socket
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_close($s));
throws('close again', fn() => socket_close($s));
throws('bind', fn() => socket_bind($s, '127.0.0.1', 0));
throws('getsockname', fn() => socket_getsockname($s, $a));
var_dump($s instanceof Socket);
throws('close null', fn() => socket_close(null));
throws('close string', fn() => socket_close('x'));
throws('close stream', fn() => socket_close(STDIN));
?>
--EXPECT--
NULL
close again: Error: socket_close(): Argument #1 ($socket) has already been closed
bind: Error: socket_bind(): Argument #1 ($socket) has already been closed
getsockname: Error: socket_getsockname(): Argument #1 ($socket) has already been closed
bool(true)
close null: TypeError: socket_close(): Argument #1 ($socket) must be of type Socket, null given
close string: TypeError: socket_close(): Argument #1 ($socket) must be of type Socket, string given
close stream: TypeError: socket_close(): Argument #1 ($socket) must be of type Socket, resource given
