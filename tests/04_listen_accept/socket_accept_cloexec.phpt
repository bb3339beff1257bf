--TEST--
tsp_sockets: socket_accept(): the accepted socket is close-on-exec (PHP 8.4 behaviour)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_fdinfo.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1');
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$before = cloexec_fds();
$a = socket_accept($l);
$new = array_values(array_diff(cloexec_fds(), $before));
var_dump(count($new));
?>
--EXPECT--
int(1)
