--TEST--
tsp_sockets: socket_set_option(): SO_RCVTIMEO makes a blocking read time out
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
var_dump(socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]));
$t = microtime(true);
var_dump(socket_read($a, 10));
$elapsed = microtime(true) - $t;
var_dump($elapsed > 0.1 && $elapsed < 5);
var_dump(socket_last_error($a) === SOCKET_EAGAIN);
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
