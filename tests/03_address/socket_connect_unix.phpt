--TEST--
tsp_sockets: socket_connect(): unix stream and datagram sockets
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$path = unix_path('conn');
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($l, $path);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
/* bound but not listening */
var_dump(socket_connect($c, $path));
show_err('socket', $c);
socket_listen($l);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $path));
$a = socket_accept($l);
var_dump(socket_getpeername($c, $peer), $peer === $path);
var_dump(socket_getpeername($a, $peer2), $peer2);
socket_write($c, 'hi');
var_dump(socket_read($a, 10));
/* wrong socket type */
$d = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_connect($d, $path));
show_err('socket', $d);
/* a regular file is not a socket */
$file = unix_path('file');
touch($file);
var_dump(socket_connect(socket_create(AF_UNIX, SOCK_STREAM, 0), $file));
?>
--EXPECTF--
Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
socket: 111 (Connection refused)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
string(2) "hi"

Warning: socket_connect(): unable to connect [91]: Protocol wrong type for socket in %s on line %d
bool(false)
socket: 91 (Protocol wrong type for socket)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
