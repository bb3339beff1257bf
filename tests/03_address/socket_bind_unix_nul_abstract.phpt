--TEST--
tsp_sockets: socket_bind(): unix path with a NUL byte, abstract and empty names
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$base = sys_get_temp_dir() . '/tsp_nul_' . getmypid();
@unlink($base);
/* the path stops at the NUL byte */
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($s, $base . "\0tail"));
var_dump(file_exists($base));
socket_getsockname($s, $name);
var_dump($name === $base);
@unlink($base);

/* abstract namespace: leading NUL, no file; getsockname reports "" */
$abs = "\0tsp_abstract_" . getmypid();
$a = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($a, $abs));
var_dump(socket_listen($a));
var_dump(socket_getsockname($a, $aname), $aname);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $abs));
var_dump(get_class(socket_accept($a)));
/* the same abstract name is taken */
$b = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($b, $abs));
/* an abstract name nobody listens on */
var_dump(socket_connect($b, "\0tsp_nobody_" . getmypid()));
show_err('socket', $b);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
string(6) "Socket"

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
socket: 111 (Connection refused)
