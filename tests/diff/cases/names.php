<?php
require __DIR__ . '/../inc/util.inc';
function nm(string $label, $s, bool $peer = false, bool $withPort = true): void
{
    show($label, function () use ($s, $peer, $withPort) {
        $a = 'pre'; $p = 'pre';
        if ($withPort) {
            $r = $peer ? socket_getpeername($s, $a, $p) : socket_getsockname($s, $a, $p);
        } else {
            $r = $peer ? socket_getpeername($s, $a) : socket_getsockname($s, $a);
        }
        return [$r, is_string($a) ? $a : gettype($a), port_shape($p)];
    });
}
nm('v4 unbound name', socket_create(AF_INET, SOCK_STREAM, SOL_TCP));
nm('v4 unbound peer', socket_create(AF_INET, SOCK_STREAM, SOL_TCP), true);
show_err('after unbound peer');
nm('v6 unbound name', socket_create(AF_INET6, SOCK_STREAM, SOL_TCP));
nm('v6 unbound peer', socket_create(AF_INET6, SOCK_STREAM, SOL_TCP), true);
nm('unix unbound name', socket_create(AF_UNIX, SOCK_STREAM, 0));
nm('unix unbound peer', socket_create(AF_UNIX, SOCK_STREAM, 0), true);
nm('udp unbound name', socket_create(AF_INET, SOCK_DGRAM, SOL_UDP));
[$c, $a] = tcp_pair();
nm('v4 client name', $c);
nm('v4 client peer', $c, true);
nm('v4 client name no port', $c, false, false);
nm('v4 client peer no port', $c, true, false);
nm('v4 server peer', $a, true);
[$c6, $a6] = tcp_pair(AF_INET6);
nm('v6 client name', $c6);
nm('v6 client peer', $c6, true);
nm('v6 server peer no port', $a6, true, false);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.2', 0);
nm('udp 127.0.0.2 name', $u);
nm('udp unconnected peer', $u, true);
socket_connect($u, '127.0.0.3', 9);
nm('udp connected peer', $u, true);
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($u6, '::1', 0);
socket_connect($u6, '::ffff:127.0.0.1', 9);
nm('udp6 name', $u6);
nm('udp6 peer mapped', $u6, true);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
nm('pair name', $pair[0]);
nm('pair peer', $pair[0], true);
show('literal arg', fn() => socket_getsockname($c, 'lit'));
show('no addr arg', fn() => socket_getsockname($c));
show('null socket', fn() => socket_getsockname(null, $x));
show('string socket', fn() => socket_getpeername('s', $x));
$arr = ['a' => 1];
show('array var overwritten', function () use ($c, &$arr) { socket_getsockname($c, $arr['a'], $arr['b']); return [$arr['a'], port_shape($arr['b'])]; });
