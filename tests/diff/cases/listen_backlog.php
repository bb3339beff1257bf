<?php
require __DIR__ . '/../inc/util.inc';
foreach ([-1, 0, 1, 5, SOMAXCONN, 100000, 2147483647, 2147483648, PHP_INT_MAX, PHP_INT_MIN, -2147483649] as $bl) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($s, '127.0.0.1', 0);
    show("backlog $bl", fn() => socket_listen($s, $bl));
    show_err("backlog $bl err", $s);
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('unbound listen', fn() => socket_listen($s));
socket_getsockname($s, $a, $p);
echo "unbound listen addr: $a ", port_shape($p), "\n";
show('listen twice', fn() => socket_listen($s, 3));
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('udp listen', fn() => socket_listen($u));
show_err('udp listen err', $u);
$x = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($x, 'lsock');
show('unix listen', fn() => socket_listen($x, 2));
$xd = socket_create(AF_UNIX, SOCK_DGRAM, 0);
show('unix dgram listen', fn() => socket_listen($xd, 2));
show('listen str backlog', fn() => socket_listen($s, 'a'));
show('listen float backlog', fn() => socket_listen($s, 1.0));
show('listen null backlog', fn() => socket_listen($s, null));
show('listen null', fn() => socket_listen(null));
show('listen array', fn() => socket_listen([]));
show('no args', fn() => socket_listen());
