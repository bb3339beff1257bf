<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([[SOL_SOCKET, 9999], [SOL_SOCKET, -1], [SOL_SOCKET, 0], [9999, 1], [-1, 1], [SOL_TCP, 9999],
          [IPPROTO_IP, 9999], [PHP_INT_MAX, 1], [SOL_SOCKET, PHP_INT_MAX], [SOL_SOCKET, 4294967298]] as [$lvl, $opt]) {
    show("get $lvl/$opt", fn() => socket_get_option($s, $lvl, $opt));
    show_err('err', $s);
    show("set $lvl/$opt", fn() => socket_set_option($s, $lvl, $opt, 1));
    show_err('err', $s);
}
// TCP_CONGESTION is SOL_TCP/13 (same number as SO_LINGER)
show('get TCP_CONGESTION', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
show('set TCP_CONGESTION reno', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, 'reno'));
show('get TCP_CONGESTION', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
show('set TCP_CONGESTION nosuch', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, 'nosuch'));
// other int options
show('TCP_KEEPIDLE set', fn() => socket_set_option($s, SOL_TCP, TCP_KEEPIDLE, 30));
show('TCP_KEEPIDLE get', fn() => socket_get_option($s, SOL_TCP, TCP_KEEPIDLE));
show('SO_DEBUG get', fn() => socket_get_option($s, SOL_SOCKET, SO_DEBUG));
// argument types
show('str level', fn() => socket_get_option($s, 'SOL_SOCKET', SO_TYPE));
show('numeric str level', fn() => socket_get_option($s, (string) SOL_SOCKET, SO_TYPE));
show('null option', fn() => socket_get_option($s, SOL_SOCKET, null));
show('float option', fn() => socket_get_option($s, SOL_SOCKET, (float) SO_TYPE));
show('array option', fn() => socket_set_option($s, SOL_SOCKET, [], 1));
show('missing value', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR));
show('missing option', fn() => socket_get_option($s, SOL_SOCKET));
show('null socket get', fn() => socket_get_option(null, SOL_SOCKET, SO_TYPE));
show('str socket set', fn() => socket_set_option('s', SOL_SOCKET, SO_TYPE, 1));
show('obj socket getopt', fn() => socket_getopt(new stdClass, SOL_SOCKET, SO_TYPE));
show('obj socket setopt', fn() => socket_setopt(new stdClass, SOL_SOCKET, SO_TYPE, 1));
show('getopt missing arg', fn() => socket_getopt($s, SOL_SOCKET));
show('setopt too many', fn() => socket_setopt($s, SOL_SOCKET, SO_REUSEADDR, 1, 2));
show('named args', fn() => socket_set_option(socket: $s, level: SOL_SOCKET, option: SO_REUSEADDR, value: 1));
show('named args alias', fn() => socket_getopt(socket: $s, level: SOL_SOCKET, option: SO_REUSEADDR));
