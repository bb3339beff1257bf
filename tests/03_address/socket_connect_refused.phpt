--TEST--
tsp_sockets: socket_connect(): connection refused
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$port = unused_port();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
show_err('socket', $c);
show_err('global');
/* a bound but not listening socket refuses too */
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($b, '127.0.0.1', 0);
socket_getsockname($b, $addr, $bport);
$d = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($d, '127.0.0.1', $bport));
/* ports truncate to 16 bits: 65536 + port is the same refused port */
$e = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($e, '127.0.0.1', 65536 + $port));
/* the failed socket is still usable */
[$l, $lport] = tcp_listener();
$f = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($f, '127.0.0.1', $lport));
show_err('socket after success', $f);
?>
--EXPECTF--
Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
socket: 111 (Connection refused)
global: 111 (Connection refused)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
bool(true)
socket after success: 0 (Success)
