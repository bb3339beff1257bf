<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$r = ['a' => $p[0], 'b' => $p[1]]; $w = null; $e = null;
show('nothing ready', fn() => socket_select($r, $w, $e, 0));
var_dump($r);
socket_write($p[0], "x");
$r = ['a' => $p[0], 5 => $p[1]]; $w = [$p[0]]; $e = [];
show('read+write', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0, 0); });
var_dump($r, $w, $e);
$r = $w = $e = null;
show('all null', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
$r = []; $w = []; $e = [];
show('all empty', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
$r = [1]; $w = null;
show('int element', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
$r = null; $w = [$p[0], 'x']; 
show('string element in write', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
$r = [[]];
show('array element', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
$r = [$p[0]]; $w = null; $e = null;
show('negative seconds', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, -1); });
$r = [$p[0]];
show('negative usec', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0, -1); });
var_dump(socket_last_error());
$r = [$p[0]];
show('usec carry (0.2 s)', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0, 200000); });
$c = socket_create(AF_INET, SOCK_STREAM, 0); socket_close($c);
$r = [$c];
show('closed in read', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
$r = null; $e = [$p[0], $c];
show('closed in except', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
$r = ['x' => $p[1]]; $e = null;
show('null timeout with data', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, null); });
var_dump($r);
$x = $p[0];
$r = [&$x, $p[0], 'k' => $p[0]]; $w = [$p[0], $p[0]]; $e = null;
socket_write($p[1], "z");
show('duplicates and references', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
var_dump($r, $w);
$w = [$p[0]]; $r = null;
show('huge seconds', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, PHP_INT_MAX); });
show('huge usec', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 1, PHP_INT_MAX); });
$w = 5;
show('int write arg', function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 0); });
show('literal', fn() => socket_select([], [], [], 0));




