<?php
require __DIR__ . '/../inc/util.inc';
// socket_recvfrom() refuses a length below 1 or above PHP_INT_MAX - 1 first, silently
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);   // unbound and blocking: a receive would wait for ever
foreach ([PHP_INT_MAX, -1, 0, PHP_INT_MIN] as $len) {
    $buf = $from = 'prev';
    show("unix $len", fn() => socket_recvfrom($u, $buf, $len, 0, $from));
    var_dump($buf, $from);
}
show_err('err', $u);
$i = socket_create(AF_INET, SOCK_DGRAM, 0);
show('inet without port, PHP_INT_MAX', fn() => socket_recvfrom($i, $buf, PHP_INT_MAX, 0, $from));
show('inet without port, -1', fn() => socket_recvfrom($i, $buf, -1, 0, $from));
show('inet without port, 10', fn() => socket_recvfrom($i, $buf, 10, 0, $from));
socket_bind($i, '127.0.0.1', 0);
socket_getsockname($i, $addr, $port);
$o = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_sendto($o, 'datagram', 8, 0, '127.0.0.1', $port);
$buf = $from = $fport = 'prev';
show('PHP_INT_MAX with a datagram waiting', fn() => socket_recvfrom($i, $buf, PHP_INT_MAX, 0, $from, $fport));
var_dump($buf, $from, $fport);
show('then 100', fn() => socket_recvfrom($i, $buf, 100, 0, $from, $fport));
var_dump($buf, $from);
