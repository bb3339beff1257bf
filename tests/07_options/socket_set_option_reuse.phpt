--TEST--
tsp_sockets: socket_set_option(): SO_REUSEADDR and SO_REUSEPORT
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, true));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
/* any non-zero value reads back as 1 */
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 42));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 0));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));

/* two listeners on one port with SO_REUSEPORT on both */
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($a, SOL_SOCKET, SO_REUSEPORT, 1));
var_dump(socket_get_option($a, SOL_SOCKET, SO_REUSEPORT));
socket_bind($a, '127.0.0.1', 0);
socket_listen($a);
socket_getsockname($a, $addr, $port);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_setopt($b, SOL_SOCKET, SO_REUSEPORT, 1);
var_dump(socket_bind($b, '127.0.0.1', $port));
var_dump(socket_listen($b));
/* without it on the newcomer, the port is busy */
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($c, '127.0.0.1', $port));
?>
--EXPECTF--
int(0)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
bool(true)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
