--TEST--
tsp_sockets: SO_LINGER with zero timeout: close resets the connection
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
var_dump(socket_set_option($c, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]));
socket_close($c);
wait_readable($a);
var_dump(socket_read($a, 10));
show_err('socket', $a);
var_dump(socket_write($a, 'x'));
show_err('socket', $a);
?>
--EXPECTF--
bool(true)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
socket: 104 (Connection reset by peer)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
socket: 32 (Broken pipe)
