--TEST--
tsp_sockets: socket_bind()/socket_connect(): addresses that do not resolve for the family
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '999.1.1.1', 0));
show_err('socket', $s);
show_err('global');
var_dump(socket_bind($s, '::1', 0));
var_dump(socket_bind($s, '127.0.0.1.5', 0));
var_dump(socket_bind($s, '', 0));
/* a non-local address */
var_dump(socket_bind($s, '192.0.2.1', 0));
show_err('socket', $s);
/* the string stops at a NUL byte */
var_dump(socket_bind($s, "127.0.0.1\0garbage", 0));
socket_getsockname($s, $addr);
var_dump($addr);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '999.1.1.1', 80));
show_err('socket', $c);
?>
--EXPECTF--
Warning: socket_bind(): Host lookup failed [-10000]: Unknown error -10000 in %s on line %d
bool(false)
socket: -10000 (Unknown error -10000)
global: -10000 (Unknown error -10000)

Warning: socket_bind(): Host lookup failed [-10000]: Unknown error -10000 in %s on line %d
bool(false)

Warning: socket_bind(): Host lookup failed [-10000]: Unknown error -10000 in %s on line %d
bool(false)

Warning: socket_bind(): Host lookup failed [-10003]: Unknown server error in %s on line %d
bool(false)

Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line %d
bool(false)
socket: 99 (Cannot assign requested address)
bool(true)
string(9) "127.0.0.1"

Warning: socket_connect(): Host lookup failed [-10003]: Unknown server error in %s on line %d
bool(false)
socket: -10003 (Unknown server error)
