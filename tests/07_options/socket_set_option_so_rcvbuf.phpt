--TEST--
tsp_sockets: socket_set_option(): SO_RCVBUF (the kernel doubles the value) and value conversion
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 8192));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, '16384'));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF));
var_dump(socket_set_option($s, SOL_SOCKET, SO_SNDBUF, 32768));
var_dump(socket_get_option($s, SOL_SOCKET, SO_SNDBUF));
/* non-integer values are converted like (int) */
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 10000.9));
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVBUF));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, [1]));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, null));
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVBUF, new stdClass));
?>
--EXPECTF--
bool(true)
int(16384)
bool(true)
int(32768)
bool(true)
int(65536)
bool(true)
int(20000)
bool(true)
bool(true)

Warning: Object of class stdClass could not be converted to int in %s on line %d
bool(true)
