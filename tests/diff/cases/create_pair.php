<?php
require __DIR__ . '/../inc/util.inc';
foreach ([['UNIX STREAM', AF_UNIX, SOCK_STREAM, 0], ['UNIX DGRAM', AF_UNIX, SOCK_DGRAM, 0],
          ['UNIX SEQPACKET', AF_UNIX, SOCK_SEQPACKET, 0]] as [$l, $d, $t, $p]) {
    $pair = 'junk';
    show($l, function () use ($d, $t, $p, &$pair) { return socket_create_pair($d, $t, $p, $pair); });
    echo "pair: ", gettype($pair), ' ', is_array($pair) ? count($pair) . ' ' . implode(',', array_keys($pair)) . ' ' . get_class($pair[0]) : '', "\n";
    if (is_array($pair)) {
        show('w', fn() => socket_write($pair[0], "hello"));
        show('r', fn() => socket_read($pair[1], 100));
        show('w back', fn() => socket_write($pair[1], "back"));
        show('r back', fn() => socket_read($pair[0], 100));
        show('peername', function () use ($pair) { $r = socket_getpeername($pair[0], $a); return [$r, $a ?? null]; });
    }
}
foreach ([['INET STREAM', AF_INET, SOCK_STREAM, 0], ['INET6 DGRAM', AF_INET6, SOCK_DGRAM, 0],
          ['bad domain', 12345, SOCK_STREAM, 0], ['bad type', AF_UNIX, 77, 0],
          ['unix tcp', AF_UNIX, SOCK_STREAM, SOL_TCP], ['neg proto', AF_UNIX, SOCK_STREAM, -5]] as [$l, $d, $t, $p]) {
    $pair = 'junk';
    show($l, function () use ($d, $t, $p, &$pair) { return socket_create_pair($d, $t, $p, $pair); });
    echo "pair after: "; var_dump($pair);
    show_err("$l err");
}
$arr = [1, 2, 3];
show('overwrites array', function () use (&$arr) { return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $arr); });
echo count($arr), "\n";
show('literal not ref', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0, 5));
show('too few', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0));
show('str domain', function () { return socket_create_pair("unix", SOCK_STREAM, 0, $x); });
