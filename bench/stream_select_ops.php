<?php
/*
 * stream_select() loops for callgrind, used by bench/stream_select.sh.
 *   php -n -d extension=tsp_sockets.so [-d tsp_sockets.stream_select=0] bench/stream_select_ops.php OP K [M]
 * OP: setup  $r = $all; $w = $e = null, without the call (the loop and the
 *            array copy, contained in the others)
 *     idle   $r = $all; $w = $e = null; stream_select($r, $w, $e, 0) with M
 *            (default 100) streams in $all, none ready (returns 0, $r [])
 *     ready  the same with one byte waiting on one of them (returns 1)
 *     last   the same with the byte waiting on the last of them, as in a
 *            server whose active connection came last (returns 1)
 *     rw     $r = $w = $all; stream_select($r, $w, $e, 0): M streams in the
 *            read and the write set, all writable (returns M)
 * The streams are the ends of M/2 stream_socket_pair()s (unix, stream).
 * Exit code 1 if the last iteration did not give the expected result.
 */
$op = $argv[1] ?? '';
$k = (int) ($argv[2] ?? 0);
$m = (int) ($argv[3] ?? 100);
$all = [];
for ($i = 0; $i < intdiv($m, 2); $i++) {
    $p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    if (!$p) {
        exit(1);
    }
    $all[] = $p[0];
    $all[] = $p[1];
}
$n = null;
$r = [];
$w = $e = null;
switch ($op) {
case 'setup':
    for ($i = 0; $i < $k; $i++) {
        $r = $all;
        $w = $e = null;
    }
    $ok = count($r) === count($all);
    break;
case 'idle':
    for ($i = 0; $i < $k; $i++) {
        $r = $all;
        $w = $e = null;
        $n = stream_select($r, $w, $e, 0);
    }
    $ok = $n === 0 && $r === [];
    break;
case 'ready':
    fwrite($all[1], 'x');
    for ($i = 0; $i < $k; $i++) {
        $r = $all;
        $w = $e = null;
        $n = stream_select($r, $w, $e, 0);
    }
    $ok = $n === 1 && $r === [$all[0]];
    break;
case 'last':
    fwrite($all[count($all) - 2], 'x');
    for ($i = 0; $i < $k; $i++) {
        $r = $all;
        $w = $e = null;
        $n = stream_select($r, $w, $e, 0);
        foreach ($r as $s) {
        }
    }
    $ok = $n === 1 && $r === [count($all) - 1 => $all[count($all) - 1]];
    break;
case 'rw':
    for ($i = 0; $i < $k; $i++) {
        $r = $w = $all;
        $e = null;
        $n = stream_select($r, $w, $e, 0);
    }
    $ok = $n === count($all) && $r === [];
    break;
default:
    fwrite(STDERR, "OP must be setup, idle, ready, last or rw\n");
    exit(2);
}
exit($ok ? 0 : 1);
