--TEST--
tsp_sockets: socket_accept(): non-blocking with nothing pending
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
socket_clear_error();
var_dump(socket_set_nonblock($l));
var_dump(SOCKET_EAGAIN === SOCKET_EWOULDBLOCK, SOCKET_EAGAIN);
var_dump(socket_accept($l));
/* the error is recorded globally, not on the listening socket */
var_dump(socket_last_error($l));
var_dump(socket_last_error() === SOCKET_EAGAIN);
/* once a client connects, accept succeeds */
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$a = false;
for ($i = 0; $i < 100 && $a === false; $i++) {
    $a = socket_accept($l);
    if ($a === false) usleep(10000);
}
var_dump(get_class($a));
/* the accepted socket carries the data */
socket_write($c, 'x');
var_dump(socket_read($a, 10));
/* back to empty */
var_dump(socket_accept($l), socket_last_error() === SOCKET_EAGAIN);
?>
--EXPECT--
bool(true)
bool(true)
int(11)
bool(false)
int(0)
bool(true)
string(6) "Socket"
string(1) "x"
bool(false)
bool(true)
