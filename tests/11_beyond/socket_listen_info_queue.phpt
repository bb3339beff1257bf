--TEST--
tsp_sockets: socket_listen_info(): the backlog asked for, the one applied, and the queue rising and falling
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1');
socket_listen($l, 7);
socket_getsockname($l, $addr, $port);
$info = socket_listen_info($l);
var_dump($info['listening'], $info['family'] === AF_INET, $info['backlog_requested'], $info['backlog'], $info['queued'],
    is_int($info['somaxconn']) && $info['somaxconn'] > 0);
/* five clients that nobody accepts yet */
$clients = [];
for ($i = 0; $i < 5; $i++) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($c, '127.0.0.1', $port);
    $clients[] = $c;
}
wait_until(fn() => socket_listen_info($l)['queued'] >= 5);
var_dump(socket_listen_info($l)['queued']);
/* accepting two takes them off the queue */
socket_accept($l);
socket_accept($l);
var_dump(socket_listen_info($l)['queued']);
/* a backlog above net.core.somaxconn is cut to it by the kernel */
socket_listen($l, PHP_INT_MAX >> 33);
$info = socket_listen_info($l);
var_dump($info['backlog_requested'] === PHP_INT_MAX >> 33, $info['backlog'] === min(PHP_INT_MAX >> 33, $info['somaxconn']));
?>
--EXPECT--
bool(true)
bool(true)
int(7)
int(7)
int(0)
bool(true)
int(5)
int(3)
bool(true)
bool(true)
