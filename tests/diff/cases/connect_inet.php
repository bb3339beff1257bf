<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
socket_set_nonblock($l);
foreach (['127.0.0.1', '127.1', 'localhost', '0x7f.0.0.1', 'nosuch.invalid', '', '::1', '127.0.0.1 '] as $h) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    show('connect ' . json_encode($h), fn() => socket_connect($c, $h, $port));
    show_err('err', $c);
    $a = @socket_accept($l);
}
// find a closed port: bind+close
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($t, '127.0.0.1', 0);
socket_getsockname($t, $x, $closed);
socket_close($t);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('refused', fn() => socket_connect($c, '127.0.0.1', $closed));
show_err('refused err', $c);
show_err('refused global');
show('again after refused', fn() => socket_connect($c, '127.0.0.1', $port));
show_err('again err', $c);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('no port', fn() => socket_connect($c, '127.0.0.1'));
show('null port', fn() => socket_connect($c, '127.0.0.1', null));
foreach (['-1' => -1, '65536' => 65536, '70000' => 70000, 'INT_MAX' => PHP_INT_MAX, 'INT_MIN' => PHP_INT_MIN, 'port+65536' => $port + 65536] as $pl => $p) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    show("port $pl", fn() => socket_connect($c, '127.0.0.1', $p));
    show_err('err', $c);
    @socket_accept($l);
}
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
show('connect twice', fn() => socket_connect($c, '127.0.0.1', $port));
show_err('twice err', $c);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('udp connect closed port', fn() => socket_connect($u, '127.0.0.1', $closed));
show('udp peer', function () use ($u) { $r = socket_getpeername($u, $a, $p); return [$r, $a, port_shape($p)]; });
show('udp write', fn() => socket_write($u, 'x'));
usleep(20000);
show('udp write after icmp', fn() => socket_write($u, 'y'));
show_err('udp err', $u);
show('str port', fn() => socket_connect($c, '127.0.0.1', 'http'));
show('array host', fn() => socket_connect($c, [], 1));
show('int host', fn() => socket_connect(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), 2130706433, $port));
show('null sock', fn() => socket_connect(null, '127.0.0.1', 1));
show('no args', fn() => socket_connect());
