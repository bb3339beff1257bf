--TEST--
tsp_sockets: socket_bind(): IPv6 loopback
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
<?php require __DIR__ . '/../inc/skipif_ipv6.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '::1', 0));
var_dump(socket_getsockname($s, $addr, $port), $addr, port_shape($port));
$u = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($u, '::1', $port));
/* the loopback written out in full (ports beyond 65535: socket_bind_port_range_*.phpt) */
$v = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($v, '0:0:0:0:0:0:0:1', 0));
socket_getsockname($v, $addr, $port);
var_dump($addr, port_shape($port));
/* an IPv4 literal on an IPv6 socket */
$w = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($w, '::ffff:127.0.0.1', 0));
socket_getsockname($w, $addr);
var_dump($addr);
show('no port 6', fn() => socket_connect(socket_create(AF_INET6, SOCK_STREAM, SOL_TCP), '::1'));
var_dump(socket_bind(socket_create(AF_INET6, SOCK_STREAM, SOL_TCP), '1::2::3', 0));
?>
--EXPECTF--
bool(true)
bool(true)
string(3) "::1"
string(9) "int(port)"

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
string(3) "::1"
string(9) "int(port)"
bool(true)
string(16) "::ffff:127.0.0.1"
no port 6: ValueError: socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET6

Warning: socket_bind(): Host lookup failed [-1000%d]: %s in %s on line %d
bool(false)
