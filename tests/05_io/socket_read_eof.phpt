--TEST--
tsp_sockets: socket_read(): end of file after the peer closes
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_write($c, 'last words');
socket_close($c);
socket_clear_error();
/* pending data first, then "" at EOF, repeatedly, without errors */
var_dump(socket_read($a, 100));
var_dump(socket_read($a, 100));
var_dump(socket_read($a, 100));
show_err('socket', $a);
show_err('global');
/* PHP_NORMAL_READ at EOF on a blocking socket */
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
show_err('socket', $a);

/* pending bytes without a newline are not returned in PHP_NORMAL_READ at EOF */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "partial");
socket_close($p[0]);
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
?>
--EXPECTF--
string(10) "last words"
string(0) ""
string(0) ""
socket: 0 (Success)
global: 0 (Success)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
socket: 104 (Connection reset by peer)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
