--TEST--
tsp_sockets: socket_sendto(): ports are cut to 16 bits (PHP 8.2 to 8.4)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php_pre85.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, '127.0.0.1', 0);
socket_getsockname($r, $host, $port);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
/* 65536 + port and port - 65536 are the port */
var_dump(socket_sendto($u, 'a', 1, 0, '127.0.0.1', 65536 + $port), socket_recv($r, $buf, 10, 0), $buf);
var_dump(socket_sendto($u, 'b', 1, 0, '127.0.0.1', $port - 65536), socket_recv($r, $buf, 10, 0), $buf);
/* the length is checked first, and a unix socket ignores the port */
show('port 65536, length -1', fn() => socket_sendto($u, 'x', -1, 0, '127.0.0.1', 65536));
show('unix, port -1', fn() => socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), 'x', 1, 0, '/no/such/path', -1));
?>
--EXPECTF--
int(1)
int(1)
string(1) "a"
int(1)
int(1)
string(1) "b"
port 65536, length -1: ValueError: socket_sendto(): Argument #3 ($length) must be greater than or equal to 0

Warning: socket_sendto(): Unable to write to socket [2]: No such file or directory in %s on line %d
unix, port -1: bool(false)
