<?php
require __DIR__ . '/../inc/util.inc';
foreach ([0, 1, 2] as $mode) {
    [$c, $a] = tcp_pair();
    show("shutdown($mode)", fn() => socket_shutdown($c, $mode));
    show("  write after", fn() => socket_write($c, "x"));
    show_err("  err", $c);
    socket_set_nonblock($c);
    show("  read after", fn() => socket_read($c, 10));
    socket_set_nonblock($a);
    usleep(20000);
    show("  peer read", fn() => socket_read($a, 10));
    show("  peer write", fn() => socket_write($a, "y"));
    show("  shutdown again same mode", fn() => socket_shutdown($c, $mode));
}
[$c, $a] = tcp_pair();
show('default mode', fn() => socket_shutdown($c));
show('write after default', fn() => socket_write($c, 'x'));
foreach ([3, -1, 100, PHP_INT_MAX, PHP_INT_MIN] as $mode) {
    [$c, $a] = tcp_pair();
    show("shutdown($mode)", fn() => socket_shutdown($c, $mode));
    show_err('  err', $c);
}
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('unconnected', fn() => socket_shutdown($u, 2));
show_err('err', $u);
[$l, $p] = tcp_listener();
show('listening', fn() => socket_shutdown($l, 2));
show_err('err', $l);
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('udp', fn() => socket_shutdown($d, 1));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pp);
show('unix pair 1', fn() => socket_shutdown($pp[0], 1));
show('unix read peer', fn() => socket_read($pp[1], 10));
show('unix write after', fn() => socket_write($pp[0], 'z'));
show('str mode', fn() => socket_shutdown($c, 'read'));
show('null mode', fn() => socket_shutdown($c, null));
show('null socket', fn() => socket_shutdown(null));
show('no args', fn() => socket_shutdown());
