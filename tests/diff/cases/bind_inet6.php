<?php
require __DIR__ . '/../inc/util.inc';
foreach (['::1', '::', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1', '[::1]', '::1%lo', '::1%1', '::1%0', '::1%nosuch',
          '::1%', '::1%999', 'fe80::1%lo', 'fe80::1%1', 'fe80::1%0', 'fe80::1%nosuch', '127.0.0.1', 'localhost',
          'ip6-localhost', 'nosuch.invalid', '', ':::', '::1::', "::1\0x", 'fd00::2'] as $a) {
    $s = socket_create(AF_INET6, SOCK_DGRAM, 0);
    $l = 'bind6 ' . json_encode($a);
    show($l, fn() => socket_bind($s, $a, 0));
    show_err("$l err", $s);
    show("$l name", function () use ($s) { $r = socket_getsockname($s, $a, $p); return [$r, $a, port_shape($p)]; });
}
foreach ([-1, 65536, PHP_INT_MAX] as $port) {
    $s = socket_create(AF_INET6, SOCK_STREAM, 0);
    show("port $port", fn() => socket_bind($s, '::1', $port));
    show("port $port name", function () use ($s) { $r = socket_getsockname($s, $a, $p); return [$r, $a, port_shape($p)]; });
}
