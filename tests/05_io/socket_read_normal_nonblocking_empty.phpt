--TEST--
tsp_sockets: socket_read(): non-blocking PHP_NORMAL_READ with nothing to read returns false (tsp_sockets; ext/sockets spins)
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* ext/sockets loops forever here at 100% CPU; tsp_sockets returns false with EAGAIN and no warning. */
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_clear_error();
socket_set_nonblock($a);
$t = microtime(true);
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
var_dump(microtime(true) - $t < 1.0);
var_dump(socket_last_error($a) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
/* with a complete line available it reads the line */
socket_write($c, "hello\nworld");
wait_readable($a);
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
string(6) "hello
"
