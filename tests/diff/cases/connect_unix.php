<?php
require __DIR__ . '/../inc/util.inc';
$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($l, 'srv.sock');
socket_listen($l);
socket_set_nonblock($l);
foreach (['srv.sock', './srv.sock', 'nosuch.sock', '', "srv.sock\0junk", str_repeat('x', 107), str_repeat('x', 108),
          str_repeat('y', 200), 'nosuchdir/s'] as $path) {
    $c = socket_create(AF_UNIX, SOCK_STREAM, 0);
    show('connect ' . (strlen($path) > 50 ? 'len ' . strlen($path) : json_encode($path)), fn() => socket_connect($c, $path));
    show_err('err', $c);
    @socket_accept($l);
}
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('with port', fn() => socket_connect($c, 'srv.sock', 99));
show('peer', function () use ($c) { $r = socket_getpeername($c, $a, $p); return [$r, $a, $p]; });
$acc = socket_accept($l);
show('acc peer (unbound client)', function () use ($acc) { $r = socket_getpeername($acc, $a, $p); return [$r, $a, $p]; });
show('acc name', function () use ($acc) { $r = socket_getsockname($acc, $a, $p); return [$r, $a, $p]; });
// abstract
$name = "\0tsp_diff_conn_" . getmypid();
$al = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('bind abstract', fn() => socket_bind($al, $name));
socket_listen($al);
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('connect abstract', fn() => socket_connect($c, $name));
show('abstract peer', function () use ($c) { $r = socket_getpeername($c, $a, $p); return [$r, json_encode($a), $p]; });
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('connect abstract missing', fn() => socket_connect($c, "\0tsp_diff_nosuch_" . getmypid()));
show_err('err', $c);
// a dgram socket connecting to a stream socket
$d = socket_create(AF_UNIX, SOCK_DGRAM, 0);
show('dgram to stream', fn() => socket_connect($d, 'srv.sock'));
show_err('err', $d);
// a regular file
touch('plain.txt');
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('connect to regular file', fn() => socket_connect($c, 'plain.txt'));
show_err('err', $c);
// a bound but not listening socket
$b = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($b, 'bound.sock');
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('connect to non-listening', fn() => socket_connect($c, 'bound.sock'));
show_err('err', $c);
