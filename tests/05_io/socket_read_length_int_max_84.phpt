--TEST--
tsp_sockets: socket_read(): a length of PHP_INT_MAX returns false at once, quietly, as PHP 8.4's ext/sockets does
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip PHP 8.4 and later (8.2 reads what there is)'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "data");
socket_clear_error();
var_dump(socket_read($p[0], PHP_INT_MAX), socket_last_error(), socket_last_error($p[0]));
var_dump(socket_read($p[0], PHP_INT_MAX - 1));
?>
--EXPECT--
bool(false)
int(0)
int(0)
string(4) "data"
