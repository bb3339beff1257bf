--TEST--
tsp_sockets: socket_shutdown(): unix stream pair
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$x, $y] = $p;
socket_write($x, 'queued');
var_dump(socket_shutdown($x, 1));
/* queued data is still delivered before EOF */
var_dump(socket_read($y, 100), socket_read($y, 100));
var_dump(socket_write($y, 'reply'), socket_read($x, 100));
var_dump(socket_shutdown($y, 0));
var_dump(socket_read($y, 100));
var_dump(socket_shutdown($x, 2), socket_shutdown($y, 2));
var_dump(socket_write($x, 'x'));
show_err('socket', $x);
?>
--EXPECTF--
bool(true)
string(6) "queued"
string(0) ""
int(5)
string(5) "reply"
bool(true)
string(0) ""
bool(true)
bool(true)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
socket: 32 (Broken pipe)
