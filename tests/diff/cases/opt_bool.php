<?php
require __DIR__ . '/../inc/util.inc';
$opts = [
    'SO_REUSEADDR' => [SOL_SOCKET, SO_REUSEADDR], 'SO_REUSEPORT' => [SOL_SOCKET, SO_REUSEPORT],
    'SO_KEEPALIVE' => [SOL_SOCKET, SO_KEEPALIVE], 'SO_BROADCAST' => [SOL_SOCKET, SO_BROADCAST],
    'SO_DONTROUTE' => [SOL_SOCKET, SO_DONTROUTE], 'SO_OOBINLINE' => [SOL_SOCKET, SO_OOBINLINE],
    'TCP_NODELAY' => [SOL_TCP, TCP_NODELAY],
];
foreach ($opts as $name => [$lvl, $opt]) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    show("$name initial", fn() => socket_get_option($s, $lvl, $opt));
    foreach ([1, 0, 5, -1, true, false, '1', '0', 'abc', '', 1.9, null] as $v) {
        $label = "$name set " . var_export($v, true);
        show($label, fn() => socket_set_option($s, $lvl, $opt, $v));
        show("$name get", fn() => socket_get_option($s, $lvl, $opt));
    }
    show("$name set array", fn() => socket_set_option($s, $lvl, $opt, [1]));
    show("$name set object", fn() => socket_set_option($s, $lvl, $opt, new stdClass));
    show("$name set big", fn() => socket_set_option($s, $lvl, $opt, PHP_INT_MAX));
    show("$name get", fn() => socket_get_option($s, $lvl, $opt));
}
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('udp broadcast set', fn() => socket_set_option($u, SOL_SOCKET, SO_BROADCAST, 1));
show('udp broadcast get', fn() => socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
show('udp TCP_NODELAY get', fn() => socket_get_option($u, SOL_TCP, TCP_NODELAY));
show_err('err', $u);
show('udp TCP_NODELAY set', fn() => socket_set_option($u, SOL_TCP, TCP_NODELAY, 1));
$x = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('unix TCP_NODELAY', fn() => socket_get_option($x, SOL_TCP, TCP_NODELAY));
show('unix reuseaddr', fn() => socket_set_option($x, SOL_SOCKET, SO_REUSEADDR, 1));
