--TEST--
tsp_sockets: socket_atmark(): the out-of-band mark (PHP 8.3 function, here on every version)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1');
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$a = socket_accept($l);
var_dump(socket_atmark($a));
socket_send($c, "ab", 2, 0);
socket_send($c, "!", 1, MSG_OOB);
wait_readable($a, 5.0, true);
var_dump(socket_atmark($a), socket_recv($a, $buf, 10, 0), $buf, socket_atmark($a));
var_dump(socket_recv($a, $oob, 1, MSG_OOB), $oob);
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_atmark($u), socket_last_error($u) === SOCKET_EOPNOTSUPP);
socket_close($u);
try { socket_atmark($u); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { socket_atmark(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
bool(false)
bool(false)
int(2)
string(2) "ab"
bool(true)
int(1)
string(1) "!"

Warning: socket_atmark(): Unable to apply sockmark [95]: Operation not supported in %s on line %d
bool(false)
bool(true)
socket_atmark(): Argument #1 ($socket) has already been closed
socket_atmark(): Argument #1 ($socket) must be of type Socket, null given
