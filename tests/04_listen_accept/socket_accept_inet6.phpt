--TEST--
tsp_sockets: socket_accept()/socket_connect(): IPv6 loopback
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_ipv6.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener(AF_INET6);
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '::1', $port));
$a = socket_accept($l);
socket_getsockname($c, $caddr, $cport);
var_dump(socket_getpeername($a, $paddr, $pport), $paddr, $pport === $cport);
var_dump(socket_getsockname($a, $saddr, $sport), $saddr, $sport === $port);
socket_write($c, "v6\n");
var_dump(socket_read($a, 10, PHP_NORMAL_READ));
/* an IPv4 client cannot reach a listener bound to ::1 */
$v4 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(@socket_connect($v4, '127.0.0.1', $port));
show_err('v4', $v4);
?>
--EXPECT--
bool(true)
bool(true)
string(3) "::1"
bool(true)
bool(true)
string(3) "::1"
bool(true)
string(3) "v6
"
bool(false)
v4: 111 (Connection refused)
