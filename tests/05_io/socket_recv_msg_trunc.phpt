--TEST--
tsp_sockets: socket_recv(), socket_recvfrom(): MSG_TRUNC on a datagram longer than the buffer (regression found by the API fuzzer)
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[1], str_repeat('A', 1000));
$data = null;
/* the return value is the datagram's length, the string what fitted */
var_dump(socket_recv($p[0], $data, 10, MSG_TRUNC), $data);
socket_write($p[1], str_repeat('B', 500));
$addr = null;
var_dump(socket_recvfrom($p[0], $data, 7, MSG_TRUNC, $addr), $data, $addr);
socket_write($p[1], 'short');
var_dump(socket_recv($p[0], $data, 10, MSG_TRUNC), $data);
?>
--EXPECT--
int(1000)
string(10) "AAAAAAAAAA"
int(500)
string(7) "BBBBBBB"
string(0) ""
int(5)
string(5) "short"
