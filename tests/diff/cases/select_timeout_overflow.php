<?php
require __DIR__ . '/../inc/util.inc';
// seconds + microseconds / 1e6 beyond PHP_INT_MAX: EINVAL at once
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([[PHP_INT_MAX, PHP_INT_MAX], [PHP_INT_MAX, 1000000], [PHP_INT_MAX - 1, 2000000], [-1, 0], [0, -1], [-5, 999999]] as [$s, $u]) {
    $r = [$p[0]]; $w = $e = null;
    socket_clear_error();
    $t = microtime(true);
    show("$s, $u", fn() => socket_select($r, $w, $e, $s, $u));
    var_dump(microtime(true) - $t < 1, socket_last_error());
}
socket_write($p[1], 'x');
foreach ([[PHP_INT_MAX, 999999], [PHP_INT_MAX - 1, 1000000], [-1, 1000000], [-1, 1500000], [PHP_INT_MAX, 0]] as [$s, $u]) {
    $r = [$p[0]]; $w = $e = null;
    show("ready, $s, $u", fn() => socket_select($r, $w, $e, $s, $u));
}
