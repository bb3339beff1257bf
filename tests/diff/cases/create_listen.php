<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create_listen(0);
show('port 0', fn() => $s);
socket_getsockname($s, $a, $p);
echo "addr: $a ", port_shape($p), "\n";
show('listen backlog default accepts', function () use ($p) {
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    return socket_connect($c, '127.0.0.1', $p);
});
show('accepted', fn() => socket_accept($s));
show('type', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE));
show('reuseaddr', fn() => socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
show('same port again', fn() => socket_create_listen($p));
show_err('after in use');
foreach ([-1, 65536, 70000, PHP_INT_MAX, PHP_INT_MIN] as $port) {
    show("port $port", fn() => socket_create_listen($port));
    show_err("port $port err");
}
foreach ([-1, 0, 1, 100000, PHP_INT_MAX, PHP_INT_MIN] as $bl) {
    show("backlog $bl", fn() => socket_create_listen(0, $bl));
}
show('str port', fn() => socket_create_listen("abc"));
show('null port', fn() => socket_create_listen(null));
show('float port', fn() => socket_create_listen(1.5));
show('array backlog', fn() => socket_create_listen(0, []));
show('no args', fn() => socket_create_listen());
