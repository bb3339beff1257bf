<?php
/* socket_recv() with MSG_TRUNC on a datagram socket: recv() returns the datagram's full length,
 * larger than the buffer; socket_recv() then writes its NUL terminator at buf[n], past the end of
 * the length-byte buffer (tsp_sockets.c, socket_recv: "ZSTR_VAL(buf)[n] = '\0'" without n <= length).
 * Found by tests/apifuzz (seed 8 under valgrind: "Invalid write of size 1 at zif_socket_recv").
 * Run: USE_ZEND_ALLOC=0 valgrind php -n -d extension=modules/tsp_sockets.so THIS
 * Expected: int(10) and a 10-byte string (or 1000 with MSG_TRUNC semantics, but no write past the buffer). */
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[1], str_repeat('A', 1000));
$data = null;
var_dump(socket_recv($p[0], $data, 10, MSG_TRUNC));
var_dump(strlen($data));
