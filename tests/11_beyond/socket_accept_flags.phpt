--TEST--
tsp_sockets: socket_accept(): SOCK_NONBLOCK and SOCK_CLOEXEC in one system call; the default as before
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1');
socket_listen($l, 8);
socket_getsockname($l, $addr, $port);
$clients = [];
for ($i = 0; $i < 3; $i++) {
    $clients[$i] = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($clients[$i], '127.0.0.1', $port);
}
/* default: blocking (a read waits for its SO_RCVTIMEO) */
$a = socket_accept($l);
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 100000]);
$t = microtime(true);
var_dump(@socket_read($a, 10), microtime(true) - $t > 0.05);
/* SOCK_NONBLOCK: the read returns at once with EAGAIN */
$b = socket_accept($l, SOCK_NONBLOCK);
$t = microtime(true);
var_dump(socket_read($b, 10), socket_last_error($b) === SOCKET_EAGAIN, microtime(true) - $t < 0.05);
$c = socket_accept($l, SOCK_NONBLOCK | SOCK_CLOEXEC);
var_dump($c instanceof Socket);
try { socket_accept($l, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { socket_accept($l, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
/* nothing pending on a non-blocking listener */
socket_set_nonblock($l);
var_dump(socket_accept($l, SOCK_NONBLOCK), socket_last_error() === SOCKET_EAGAIN);
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
socket_accept(): Argument #2 ($flags) must be a combination of SOCK_NONBLOCK and SOCK_CLOEXEC
socket_accept(): Argument #2 ($flags) must be a combination of SOCK_NONBLOCK and SOCK_CLOEXEC
bool(false)
bool(true)
