--TEST--
tsp_sockets: socket_bind()/socket_connect(): unix path longer than sun_path
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('bind 108', fn() => socket_bind($s, str_repeat('a', 108)));
show('bind 200', fn() => socket_bind($s, str_repeat('a', 200)));
show('connect 108', fn() => socket_connect($s, str_repeat('a', 108)));
show('connect 4096', fn() => socket_connect($s, str_repeat('/x', 2048)));
/* 107 bytes fit */
$dir = sys_get_temp_dir() . '/';
$name = 'tsp' . getmypid() . '_';
$p = $dir . $name . str_repeat('x', 107 - strlen($dir) - strlen($name));
@unlink($p);
var_dump(strlen($p));
show('bind 107', fn() => socket_bind($s, $p));
socket_getsockname($s, $got);
var_dump($got === $p);
@unlink($p);
show_err('global');
?>
--EXPECT--
bind 108: ValueError: socket_bind(): Argument #2 ($address) must be less than 108
bind 200: ValueError: socket_bind(): Argument #2 ($address) must be less than 108
connect 108: ValueError: socket_connect(): Argument #2 ($address) must be less than 108
connect 4096: ValueError: socket_connect(): Argument #2 ($address) must be less than 108
int(107)
bind 107: bool(true)
bool(true)
global: 0 (Success)
