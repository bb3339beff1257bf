--TEST--
tsp_sockets: socket_connect(): non-blocking connect reports EINPROGRESS without a warning
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c);
var_dump(socket_connect($c, '127.0.0.1', $port));
var_dump(socket_last_error($c) === SOCKET_EINPROGRESS, socket_last_error() === SOCKET_EINPROGRESS);
/* the connection completes: accept it and exchange data */
$a = socket_accept($l);
var_dump(get_class($a));
for ($i = 0; $i < 100 && socket_get_option($c, SOL_SOCKET, SO_ERROR) === 0 && @socket_getpeername($c, $h) === false; $i++) {
    usleep(10000);
}
var_dump(socket_getpeername($c, $h), $h);
var_dump(socket_write($a, 'hi'));
socket_set_block($c);
var_dump(socket_read($c, 10));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
string(6) "Socket"
bool(true)
string(9) "127.0.0.1"
int(2)
string(2) "hi"
