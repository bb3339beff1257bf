<?php
/* Hundreds of streams (all below descriptor 1024, where core works): pairs,
 * TCP connections and a listener in sets of every size, some ready, with
 * integer and string keys, duplicates and holes; the same answers as core. */
require __DIR__ . '/_lib.inc';
mt_srand(20260101);
$pairs = [];
for ($i = 0; $i < 300; $i++) {
    $pairs[] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
}
$l = stream_socket_server('tcp://127.0.0.1:0');
$tcp = [];
for ($i = 0; $i < 100; $i++) {
    $c = stream_socket_client('tcp://' . stream_socket_get_name($l, false));
    $tcp[] = [$c, stream_socket_accept($l, 2)];
}
$all = array_merge($pairs, $tcp);
/* data on a fixed choice of ends, some of it left in PHP's buffer */
foreach ($all as $i => [$x, $y]) {
    if ($i % 7 === 0) {
        fwrite($y, "line\n");
    }
    if ($i % 11 === 0) {
        fwrite($x, "more\n");
    }
}
foreach ($all as $i => [$x, $y]) {
    if ($i % 7 === 0) {
        settle($x);
    }
    if ($i % 11 === 0) {
        settle($y);
    }
}
function summary($a): string
{
    return is_array($a) ? count($a) . ' ' . md5(ids($a)) : var_export($a, true);
}
for ($round = 0; $round < 40; $round++) {
    $r = $w = $e = [];
    $n = mt_rand(1, 800);
    for ($k = 0; $k < $n; $k++) {
        $p = $all[mt_rand(0, count($all) - 1)][mt_rand(0, 1)];
        $key = mt_rand(0, 3) === 0 ? 'k' . mt_rand(0, 999) : mt_rand(0, 5000);
        switch (mt_rand(0, 4)) {
            case 0: case 1: $r[$key] = $p; break;
            case 2: $w[$key] = $p; break;
            default: $e[$key] = $p;
        }
    }
    if ($round % 5 === 4) {
        unset($r[array_key_first($r)]);
        $w = null;
    }
    if ($round === 10) {
        $r[] = $l;
    }
    $before = summary($r) . ' / ' . summary($w) . ' / ' . summary($e);
    $res = stream_select($r, $w, $e, 0);
    echo "round $round: $before -> ", var_export($res, true), ': ', summary($r), ' / ', summary($w), ' / ', summary($e), "\n";
}
/* long arrays (walked asking ahead) with holes, references, values that are
 * no streams, a closed stream and one without a descriptor among them */
[$gone] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fclose($gone);
$mem = fopen('php://memory', 'r');
foreach (['holes', 'reference', 'not a stream', 'closed', 'memory', 'reference early'] as $round => $what) {
    $r = [];
    for ($k = 0; $k < 600; $k++) {
        $r[] = $all[$k % count($all)][$k & 1];
    }
    switch ($what) {
        case 'holes': for ($k = 0; $k < 600; $k += 7) { unset($r[$k]); } break;
        case 'reference': $ref = $all[3][0]; $r[400] = &$ref; break;
        case 'not a stream': $r[300] = 42; $r[599] = 'x'; break;
        case 'closed': $r[500] = $gone; break;
        case 'memory': $r[450] = $mem; break;
        case 'reference early': $ref2 = $all[5][1]; $r[1] = &$ref2; break;
    }
    $w = array_slice($r, 100, 300, true);
    $e = null;
    try {
        $res = stream_select($r, $w, $e, 0);
    } catch (Throwable $t) {
        $res = get_class($t) . ': ' . $t->getMessage();
    }
    unset($ref, $ref2);
    echo "long, $what -> ", var_export($res, true), ': ', summary($r), ' / ', summary($w), "\n";
}
/* every listed stream in each set at once, then with one buffered line */
$everything = [];
foreach ($all as $i => [$x, $y]) {
    $everything["x$i"] = $x;
    $everything["y$i"] = $y;
}
$r = $w = $e = $everything;
var_dump(stream_select($r, $w, $e, 0), count($r), count($w), count($e), md5(ids($r)));
fgets($all[0][0]);
$r = $w = $e = $everything;
var_dump(stream_select($r, $w, $e, 0), ids($r), $w, $e);
echo "done\n";
