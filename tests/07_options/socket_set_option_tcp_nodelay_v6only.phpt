--TEST--
tsp_sockets: socket_set_option(): TCP_NODELAY and IPV6_V6ONLY
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
<?php require __DIR__ . '/../inc/skipif_ipv6.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY));
var_dump(socket_set_option($s, SOL_TCP, TCP_NODELAY, 1));
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY));
var_dump(socket_set_option($s, SOL_TCP, TCP_NODELAY, false));
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY));
/* TCP options on a unix socket */
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_set_option($u, SOL_TCP, TCP_NODELAY, 1));
show_err('socket', $u);

$s6 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s6, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(socket_set_option($s6, IPPROTO_IPV6, IPV6_V6ONLY, 1));
var_dump(socket_get_option($s6, IPPROTO_IPV6, IPV6_V6ONLY));
/* a v6only socket cannot take a v4-mapped address */
var_dump(socket_bind($s6, '::ffff:127.0.0.1', 0));
/* IPv6 options on an IPv4 socket */
var_dump(socket_set_option($s, IPPROTO_IPV6, IPV6_V6ONLY, 1));
var_dump(socket_get_option($s, IPPROTO_IPV6, IPV6_V6ONLY));
var_dump(TCP_NODELAY, IPPROTO_IPV6, IPV6_V6ONLY);
?>
--EXPECTF--
int(0)
bool(true)
int(1)
bool(true)
int(0)

Warning: socket_set_option(): Unable to set socket option [95]: Operation not supported in %s on line %d
bool(false)
socket: 95 (Operation not supported)
int(0)
bool(true)
int(1)

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
int(1)
int(41)
int(26)
