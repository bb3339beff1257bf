<?php
require __DIR__ . '/../inc/util.inc';
$combos = [
    ['AF_INET/STREAM/TCP', AF_INET, SOCK_STREAM, SOL_TCP],
    ['AF_INET/STREAM/0', AF_INET, SOCK_STREAM, 0],
    ['AF_INET/DGRAM/UDP', AF_INET, SOCK_DGRAM, SOL_UDP],
    ['AF_INET/DGRAM/0', AF_INET, SOCK_DGRAM, 0],
    ['AF_INET6/STREAM/TCP', AF_INET6, SOCK_STREAM, SOL_TCP],
    ['AF_INET6/DGRAM/UDP', AF_INET6, SOCK_DGRAM, SOL_UDP],
    ['AF_UNIX/STREAM/0', AF_UNIX, SOCK_STREAM, 0],
    ['AF_UNIX/DGRAM/0', AF_UNIX, SOCK_DGRAM, 0],
    ['AF_UNIX/SEQPACKET/0', AF_UNIX, SOCK_SEQPACKET, 0],
];
foreach ($combos as [$label, $d, $t, $p]) {
    show($label, fn() => socket_create($d, $t, $p));
    show_err("$label err");
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('instanceof', fn() => $s instanceof Socket);
show('get_class', fn() => get_class($s));
show('last_error on fresh', fn() => socket_last_error($s));
show('type', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
