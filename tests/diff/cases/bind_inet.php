<?php
require __DIR__ . '/../inc/util.inc';
function try_bind(string $label, $addr, $port = 0, int $type = SOCK_STREAM): void
{
    $s = socket_create(AF_INET, $type, 0);
    show($label, fn() => socket_bind($s, $addr, $port));
    show_err("$label err", $s);
    show("$label name", function () use ($s) { $r = socket_getsockname($s, $a, $p); return [$r, $a, port_shape($p)]; });
}
foreach (['127.0.0.1', '127.1', '127.0.1', '0x7f.0.0.1', '0177.0.0.1', '2130706433', 'localhost', 'vm',
          '0.0.0.0', '', ' 127.0.0.1', '127.0.0.1 ', '127.0.0.256', '256.0.0.1', '1.2.3.4.5', 'nosuch.invalid',
          "127.0.0.1\0junk", '::1', '[127.0.0.1]', '192.0.2.200'] as $a) {
    try_bind('bind ' . json_encode($a), $a);
}
$s = socket_create(AF_INET, SOCK_STREAM, 0);
show('bind no port', fn() => socket_bind($s, '127.0.0.1'));
show('name', function () use ($s) { $r = socket_getsockname($s, $a, $p); return [$r, $a, port_shape($p)]; });
show('bind twice', fn() => socket_bind($s, '127.0.0.1', 0));
show_err('bind twice err', $s);
foreach ([-1, 65536, 70000, PHP_INT_MAX, PHP_INT_MIN, 65535 + 65536 * 3] as $port) {
    $s = socket_create(AF_INET, SOCK_DGRAM, 0);
    show("port $port", fn() => socket_bind($s, '127.0.0.1', $port));
    show("port $port name", function () use ($s) { $r = socket_getsockname($s, $a, $p); return [$r, $a, port_shape($p)]; });
}
$s = socket_create(AF_INET, SOCK_STREAM, 0);
show('str port', fn() => socket_bind($s, '127.0.0.1', 'x'));
show('numeric str port', fn() => socket_bind($s, '127.0.0.1', '0'));
show('null port', fn() => socket_bind($s, '127.0.0.1', null));
show('array addr', fn() => socket_bind($s, [], 0));
show('int addr', fn() => socket_bind(socket_create(AF_INET, SOCK_STREAM, 0), 2130706433, 0));
show('null addr', fn() => socket_bind(socket_create(AF_INET, SOCK_STREAM, 0), null, 0));
show('object addr', fn() => socket_bind($s, new stdClass, 0));
show('null socket', fn() => socket_bind(null, '127.0.0.1', 0));
show('string socket', fn() => socket_bind('sock', '127.0.0.1', 0));
show('stdClass socket', fn() => socket_bind(new stdClass, '127.0.0.1', 0));
show('no args', fn() => socket_bind());
