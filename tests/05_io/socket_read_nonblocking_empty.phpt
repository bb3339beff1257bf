--TEST--
tsp_sockets: socket_read(): non-blocking PHP_BINARY_READ with nothing to read
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_clear_error();
var_dump(socket_set_nonblock($a));
var_dump(socket_read($a, 100));
var_dump(socket_last_error($a) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_write($c, 'data');
$r = false;
for ($i = 0; $i < 100 && $r === false; $i++) {
    $r = socket_read($a, 100);
    if ($r === false) usleep(10000);
}
var_dump($r);
/* a successful read does not reset the error */
var_dump(socket_last_error($a) === SOCKET_EAGAIN);
/* back to blocking */
var_dump(socket_set_block($a));
socket_write($c, 'more');
var_dump(socket_read($a, 100));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
string(4) "data"
bool(true)
bool(true)
string(4) "more"
