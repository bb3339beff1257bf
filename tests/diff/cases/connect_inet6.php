<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener(AF_INET6);
socket_set_nonblock($l);
foreach (['::1', '0:0:0:0:0:0:0:1', '[::1]', '::1%lo', '::1%1', '::1%0', '::1%nosuch', 'localhost', '127.0.0.1',
          '::ffff:127.0.0.1', 'nosuch.invalid', '', 'fe80::1%nosuch'] as $h) {
    $c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
    show('connect6 ' . json_encode($h), fn() => socket_connect($c, $h, $port));
    show_err('err', $c);
    @socket_accept($l);
}
// v4-mapped to a v4 listener
[$l4, $p4] = tcp_listener();
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
show('mapped to v4 listener', fn() => socket_connect($c, '::ffff:127.0.0.1', $p4));
show('mapped peer', function () use ($c) { $r = socket_getpeername($c, $a, $p); return [$r, $a, port_shape($p)]; });
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
show('no port', fn() => socket_connect($c, '::1'));
$t = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_bind($t, '::1', 0);
socket_getsockname($t, $x, $closed);
socket_close($t);
show('refused', fn() => socket_connect($c, '::1', $closed));
show_err('refused err', $c);
// v4 socket listening on 0.0.0.0 from a v6 client with V6ONLY
$c = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_set_option($c, IPPROTO_IPV6, IPV6_V6ONLY, 1);
show('v6only to mapped', fn() => socket_connect($c, '::ffff:127.0.0.1', $p4));
show_err('v6only err', $c);
