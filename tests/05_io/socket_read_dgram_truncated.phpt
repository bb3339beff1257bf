--TEST--
tsp_sockets: socket_read(): datagram larger than the length is truncated
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$x, $y] = $p;
var_dump(socket_write($x, '0123456789'));
var_dump(socket_write($x, 'second'));
var_dump(socket_read($y, 4));
/* the rest of the first datagram is gone */
var_dump(socket_read($y, 100));
socket_set_nonblock($y);
var_dump(socket_read($y, 100));
var_dump(socket_last_error($y) === SOCKET_EAGAIN);
?>
--EXPECT--
int(10)
int(6)
string(4) "0123"
string(6) "second"
bool(false)
bool(true)
