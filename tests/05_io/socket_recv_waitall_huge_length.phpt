--TEST--
tsp_sockets: socket_recv(): MSG_WAITALL with a length far beyond the memory limit costs only the bytes that come
--EXTENSIONS--
tsp_sockets
--INI--
memory_limit=128M
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
// nothing there: EAGAIN, quietly, and no allocation of PHP_INT_MAX bytes
var_dump(socket_recv($p[0], $buf, PHP_INT_MAX, MSG_WAITALL), $buf, socket_last_error($p[0]) === SOCKET_EAGAIN);
socket_write($p[1], "hello");
var_dump(socket_recv($p[0], $buf, PHP_INT_MAX, MSG_WAITALL), $buf);
// blocking: the receive ends at the end of the stream with what came
socket_set_block($p[0]);
socket_write($p[1], str_repeat('x', 100000));
socket_close($p[1]);
var_dump(socket_recv($p[0], $buf, 1 << 40, MSG_WAITALL), strlen($buf));
var_dump(memory_get_peak_usage() < 100 << 20);
?>
--EXPECT--
bool(false)
NULL
bool(true)
int(5)
string(5) "hello"
int(100000)
int(100000)
bool(true)
