--TEST--
tsp_sockets: socket_last_error(): errors of accepted and paired sockets
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$a = socket_accept($l);
var_dump(socket_last_error($a), socket_last_error($l));
/* the listener's failures are not copied to accepted sockets */
@socket_set_option($l, SOL_SOCKET, 9999, 1);
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c2, '127.0.0.1', $port);
$a2 = socket_accept($l);
var_dump(socket_last_error($l), socket_last_error($a2));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_last_error($p[0]), socket_last_error($p[1]));
socket_close($p[0]);
@socket_write($p[1], 'x');
var_dump(socket_last_error($p[1]) === SOCKET_EPIPE, socket_last_error() === SOCKET_EPIPE);
?>
--EXPECT--
int(0)
int(0)
int(92)
int(0)
int(0)
int(0)
bool(true)
bool(true)
