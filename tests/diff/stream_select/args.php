<?php
/* stream_select()'s signature and its argument errors: the same function
 * shape, the same TypeErrors, ArgumentCountErrors and ValueErrors. */
require __DIR__ . '/_lib.inc';
echo new ReflectionFunction('stream_select');
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$w = $e = null;
show('no args', fn() => stream_select());
show('three args', function () use ($a) { $r = [$a]; $w = null; $e = null; return stream_select($r, $w, $e); });
show('six args', function () use ($a) { $r = [$a]; $w = $e = null; return stream_select($r, $w, $e, 0, 0, 0); });
foreach (['string' => 'x', 'int' => 1, 'object' => new stdClass, 'false' => false] as $k => $bad) {
    show("read $k", function () use ($bad) { $r = $bad; $w = $e = null; return stream_select($r, $w, $e, 0); });
    show("write $k", function () use ($bad, $a) { $r = [$a]; $w = $bad; $e = null; return stream_select($r, $w, $e, 0); });
    show("except $k", function () use ($bad, $a) { $r = [$a]; $w = null; $e = $bad; return stream_select($r, $w, $e, 0); });
}
foreach (['"1"' => '1', '"0"' => '0', '1.0' => 1.0, '1.5' => 1.5, 'true' => true, '"abc"' => 'abc', '[]' => [], '"1e3"' => '1e3', 'INF' => INF] as $k => $sec) {
    show("seconds $k", function () use ($a, $b, $sec) { fwrite($b, 'x'); $r = [$a]; $w = $e = null; $n = stream_select($r, $w, $e, $sec); fread($a, 10); return [$n, ids($r)]; });
    show("microseconds $k", function () use ($a, $sec) { $r = [$a]; $w = $e = null; return stream_select($r, $w, $e, 0, $sec); });
}
show('named', function () use ($a) { $r = [$a]; $w = [$a]; $e = null; $n = stream_select(read: $r, write: $w, except: $e, seconds: 0); return [$n, ids($r), ids($w)]; });
show('named microseconds', function () use ($a) { $r = null; $w = [$a]; $e = null; return stream_select($r, $w, $e, microseconds: 5, seconds: 0); });
show('named unknown', function () use ($a) { $r = null; $w = [$a]; $e = null; return stream_select($r, $w, $e, 0, timeout: 5); });
show('named missing', function () use ($a) { $r = null; $w = [$a]; $e = null; return stream_select(read: $r, write: $w, seconds: 0); });
show('by value through call_user_func', function () use ($a) { $r = [$a]; $w = $e = null; return call_user_func('stream_select', $r, $w, $e, 0); });
show('by value through call_user_func_array', function () use ($a) { $r = null; $w = [$a]; $e = null; $n = call_user_func_array('stream_select', [&$r, &$w, &$e, 0]); return [$n, ids($w)]; });
echo "done\n";
