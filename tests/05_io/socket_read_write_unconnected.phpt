--TEST--
tsp_sockets: socket_read()/socket_write(): unconnected and listening sockets
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_read($s, 10));
show_err('socket', $s);
var_dump(socket_read($s, 10, PHP_NORMAL_READ));
var_dump(socket_write($s, 'x'));
show_err('socket', $s);
show_err('global');
[$l, $port] = tcp_listener();
var_dump(socket_read($l, 10));
var_dump(socket_write($l, 'x'));
?>
--EXPECTF--
Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
socket: 107 (Transport endpoint is not connected)

Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
socket: 32 (Broken pipe)
global: 32 (Broken pipe)

Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
