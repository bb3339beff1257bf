--TEST--
tsp_sockets: socket_write(): peer closed (EPIPE) and shut down for writing
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$x, $y] = $p;
socket_close($x);
var_dump(socket_write($y, 'x'));
show_err('socket', $y);
show_err('global');
/* after our own shutdown for writing */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
var_dump(socket_shutdown($q[0], 1));
var_dump(socket_write($q[0], 'x'));
/* the process survives (SIGPIPE is not fatal) */
echo "still running\n";
?>
--EXPECTF--
Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
socket: 32 (Broken pipe)
global: 32 (Broken pipe)
bool(true)

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
still running
