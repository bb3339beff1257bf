--TEST--
tsp_sockets: socket_bind(): unix socket path
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$path = unix_path('bind');
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(file_exists($path));
var_dump(socket_bind($s, $path));
var_dump(filetype($path));
var_dump(socket_getsockname($s, $name, $port), $name === $path, $port);
/* the port argument is ignored for AF_UNIX */
$p2 = unix_path('bind2');
$t = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($t, $p2, 1234));
socket_getsockname($t, $name2, $port2);
var_dump($name2 === $p2, $port2);
/* the path is taken: file exists */
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($u, $path));
show_err('socket', $u);
/* the directory does not exist */
var_dump(socket_bind($u, sys_get_temp_dir() . '/tsp-no-such-dir-' . getmypid() . '/s.sock'));
/* closing does not remove the file */
socket_close($s);
var_dump(file_exists($path));
/* unbound unix socket */
$v = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_getsockname($v, $name3, $port3), $name3, $port3);
?>
--EXPECTF--
bool(false)
bool(true)
string(6) "socket"
bool(true)
bool(true)
NULL
bool(true)
bool(true)
NULL

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
socket: 98 (Address already in use)

Warning: socket_bind(): Unable to bind address [2]: No such file or directory in %s on line %d
bool(false)
bool(true)
bool(true)
string(0) ""
NULL
