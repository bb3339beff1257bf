<?php
require __DIR__ . '/../inc/util.inc';
$a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('bind a', fn() => socket_bind($a, '127.0.0.1', 0));
socket_getsockname($a, $x, $pa);
show('connect b', fn() => socket_connect($b, '127.0.0.1', $pa));
show('b name', function () use ($b) { $r = socket_getsockname($b, $h, $p); return [$r, $h, port_shape($p)]; });
show('write 0 bytes', fn() => socket_write($b, ''));
show('write len 0', fn() => socket_write($b, 'abc', 0));
show('write', fn() => socket_write($b, 'hello'));
show('write 2', fn() => socket_write($b, "line\nmore"));
show('write 3', fn() => socket_write($b, "x"));
usleep(20000);
socket_set_nonblock($a);
show('read empty dgram', fn() => socket_read($a, 100));
show('read empty dgram 2', fn() => socket_read($a, 100));
show('read hello', fn() => socket_read($a, 100));
show('read line dgram', fn() => socket_read($a, 100));
show('read x', fn() => socket_read($a, 100));
show('read nothing', fn() => socket_read($a, 100));
show_err('err', $a);
show('reconnect b elsewhere', fn() => socket_connect($b, '127.0.0.2', $pa));
show('peer now', function () use ($b) { $r = socket_getpeername($b, $h, $p); return [$r, $h, port_shape($p)]; });
show('oversized dgram', fn() => socket_write($b, str_repeat('x', 70000)));
show_err('err', $b);
// AF_UNSPEC style disconnect is not reachable through socket_connect; connect to bad host
show('connect udp bad host', fn() => socket_connect($b, 'nosuch.invalid', 1));
// unix dgram bound sockets
$u1 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$u2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($u1, 'd1.sock');
socket_bind($u2, 'd2.sock');
show('unix dgram connect', fn() => socket_connect($u2, 'd1.sock'));
show('unix dgram write', fn() => socket_write($u2, 'ud'));
show('unix dgram read', fn() => socket_read($u1, 10));
show('unix dgram peer', function () use ($u2) { $r = socket_getpeername($u2, $h); return [$r, $h]; });
show('unix dgram connect missing', fn() => socket_connect($u2, 'missing.sock'));
show_err('err', $u2);
// IPv6 udp
$v = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
$w = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($v, '::1', 0);
socket_getsockname($v, $x, $pv);
show('v6 connect', fn() => socket_connect($w, '::1', $pv));
show('v6 write', fn() => socket_write($w, 'six'));
usleep(20000);
show('v6 read', fn() => socket_read($v, 10));
