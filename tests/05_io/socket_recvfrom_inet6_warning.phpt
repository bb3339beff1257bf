--TEST--
tsp_sockets: socket_recvfrom(): the failure warning of an AF_INET6 socket is worded "unable to recvfrom", as ext/sockets words it
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
<?php require __DIR__ . '/../inc/skipif_ipv6.inc'; ?>
--FILE--
<?php
/* not connected: ENOTCONN. ext/sockets' AF_INET6 branch says "unable", the others "Unable". */
$s6 = socket_create(AF_INET6, SOCK_STREAM, 0);
var_dump(socket_recvfrom($s6, $buf, 10, 0, $from, $port), socket_last_error($s6));
$s4 = socket_create(AF_INET, SOCK_STREAM, 0);
var_dump(socket_recvfrom($s4, $buf, 10, 0, $from, $port));
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_set_nonblock($p[0]);
var_dump(socket_recvfrom($p[0], $buf, 10, 0, $from), socket_last_error($p[0]) === SOCKET_EAGAIN);
?>
--EXPECTF--
Warning: socket_recvfrom(): unable to recvfrom [107]: %s in %s on line %d
bool(false)
int(107)

Warning: socket_recvfrom(): Unable to recvfrom [107]: %s in %s on line %d
bool(false)
bool(false)
bool(true)
