--TEST--
tsp_sockets: socket_accept(): unix stream listener
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$path = unix_path('accept');
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $path), socket_listen($l, 4));
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
$a = socket_accept($l);
var_dump(get_class($a));
var_dump(socket_getsockname($a, $name), $name === $path);
var_dump(socket_getpeername($a, $peer, $port), $peer, $port);
socket_write($a, "over unix\n");
var_dump(socket_read($c, 100, PHP_NORMAL_READ));
socket_close($c);
var_dump(socket_read($a, 100));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(6) "Socket"
bool(true)
bool(true)
bool(true)
string(0) ""
NULL
string(10) "over unix
"
string(0) ""
