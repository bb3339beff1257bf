--TEST--
tsp_sockets: socket_get_option(): SO_TYPE and SO_ERROR
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
foreach ([[AF_INET, SOCK_STREAM], [AF_INET, SOCK_DGRAM], [AF_UNIX, SOCK_STREAM], [AF_UNIX, SOCK_DGRAM], [AF_UNIX, SOCK_SEQPACKET]] as [$d, $t]) {
    $s = socket_create($d, $t, 0);
    var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE) === $t);
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_ERROR));
/* SO_TYPE is read-only */
var_dump(socket_set_option($s, SOL_SOCKET, SO_TYPE, SOCK_DGRAM));
show_err('socket', $s);
/* SO_ERROR after a failed non-blocking connect */
$port = unused_port();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c);
@socket_connect($c, '127.0.0.1', $port);
$err = 0;
for ($i = 0; $i < 100; $i++) {
    $err = socket_get_option($c, SOL_SOCKET, SO_ERROR);
    if ($err !== 0) break;
    usleep(10000);
}
var_dump($err === SOCKET_ECONNREFUSED);
/* reading SO_ERROR clears it */
var_dump(socket_get_option($c, SOL_SOCKET, SO_ERROR));
var_dump(SO_TYPE, SO_ERROR);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
socket: 92 (Protocol not available)
bool(true)
int(0)
int(3)
int(4)
