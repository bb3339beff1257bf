<?php
/* socket_recvfrom() with MSG_TRUNC on a datagram socket: recvfrom() returns the datagram's full
 * length n > length; socket_recvfrom() sets ZSTR_LEN(buf) = n and writes buf[n] = '\0' on a buffer
 * of length bytes: a heap write past the end, and the returned string holds n bytes, most of them
 * heap memory that is not the datagram (an out-of-bounds read handed to PHP).
 * Run: USE_ZEND_ALLOC=0 valgrind php -n -d extension=modules/tsp_sockets.so THIS */
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[1], str_repeat('A', 1000));
$data = $addr = null;
var_dump(socket_recvfrom($p[0], $data, 10, MSG_TRUNC, $addr));
var_dump(strlen($data), substr_count($data, 'A'));
