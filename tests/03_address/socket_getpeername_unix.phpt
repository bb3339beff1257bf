--TEST--
tsp_sockets: socket_getpeername(): unix sockets report the peer path, or "" when unbound
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$server = unix_path('peer_srv');
$client = unix_path('peer_cli');
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($l, $server);
socket_listen($l);
/* a client bound to its own path before connecting */
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($c, $client));
var_dump(socket_connect($c, $server));
$a = socket_accept($l);
$port = 'untouched';
var_dump(socket_getpeername($a, $peer, $port), $peer === $client, $port);
var_dump(socket_getpeername($c, $peer2), $peer2 === $server);
/* datagram sockets connected to a bound peer */
$dpath = unix_path('peer_dgram');
$d1 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($d1, $dpath);
$d2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_connect($d2, $dpath));
var_dump(socket_getpeername($d2, $peer3), $peer3 === $dpath);
var_dump(socket_getpeername($d1, $peer4));
show_err('socket', $d1);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
string(9) "untouched"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
socket: 107 (Transport endpoint is not connected)
