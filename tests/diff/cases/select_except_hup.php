<?php
require __DIR__ . '/../inc/util.inc';
// a hang-up on a socket that is only in the except set makes nothing ready
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[1]);
$r = $w = null; $e = [$p[0]];
$t = microtime(true);
show('except only, 0.3 s', fn() => socket_select($r, $w, $e, 0, 300000));
var_dump($e, microtime(true) - $t >= 0.25);
$r = [$p[0]]; $e = [$p[0]];
show('read and except', fn() => socket_select($r, $w, $e, 1));
var_dump(count($r), count($e));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$r = null; $e = [$s];
$t = microtime(true);
show('never connected TCP in except, 0.2 s', fn() => socket_select($r, $w, $e, 0, 200000));
var_dump(microtime(true) - $t >= 0.15);
$r = $w = null; $e = [$p[0]];
show('except only, zero timeout', fn() => socket_select($r, $w, $e, 0));
