--TEST--
tsp_sockets: freed accepted and connected sockets close the connection for the peer
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
/* the accepted socket is dropped at once */
socket_accept($l);
var_dump(socket_read($c, 10));
/* a socket leaving scope */
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c2, '127.0.0.1', $port);
$a2 = socket_accept($l);
(function () use ($port, $a2) { $tmp = $a2; })();
socket_write($c2, 'ping');
var_dump(socket_read($a2, 10));
unset($a2);
var_dump(socket_read($c2, 10));
/* a socket still referenced elsewhere stays open */
$c3 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c3, '127.0.0.1', $port);
$a3 = socket_accept($l);
$keep = [$a3];
unset($a3);
socket_write($keep[0], 'alive');
var_dump(socket_read($c3, 10));
?>
--EXPECT--
string(0) ""
string(4) "ping"
string(0) ""
string(5) "alive"
