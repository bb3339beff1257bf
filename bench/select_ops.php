<?php
/*
 * socket_select() micro-benchmark loops for callgrind, used by bench/select.sh.
 *   php -n [-d extension=...] bench/select_ops.php OP K
 * OP: idle   $r = [$a]; $w = $e = null; socket_select($r, $w, $e, 0)
 *            on one socket with nothing to read (returns 0, $r becomes [])
 *     ready  the same, but one byte is waiting on $a (never read), so it
 *            returns 1 and $r keeps $a
 *     setup  the same loop body without the socket_select() call (the
 *            array building and the loop itself, contained in both above)
 *     many   $r = $all; $w = $e = null; socket_select($r, $w, $e, 0) with
 *            M (default 1000) sockets in $all, none ready (returns 0)
 * $a is one end of socket_create_pair(AF_UNIX, SOCK_STREAM) (for many: the
 * ends of M/2 pairs). Exit code 1 if the last iteration did not give the
 * expected result.
 */
$op = $argv[1] ?? '';
$k = (int) ($argv[2] ?? 0);
$m = (int) ($argv[3] ?? 1000);
if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
    exit(1);
}
[$a, $b] = $pair;
$n = null;
$r = [];

switch ($op) {
case 'setup':
    for ($i = 0; $i < $k; $i++) {
        $r = [$a];
        $w = $e = null;
    }
    $ok = count($r) === 1;
    break;

case 'idle':
    for ($i = 0; $i < $k; $i++) {
        $r = [$a];
        $w = $e = null;
        $n = socket_select($r, $w, $e, 0);
    }
    $ok = $n === 0 && $r === [];
    break;

case 'ready':
    socket_write($b, 'x');
    for ($i = 0; $i < $k; $i++) {
        $r = [$a];
        $w = $e = null;
        $n = socket_select($r, $w, $e, 0);
    }
    $ok = $n === 1 && $r === [$a];
    break;

case 'many':
    $all = [];
    for ($i = 0; $i < intdiv($m, 2); $i++) {
        if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p)) {
            exit(1);
        }
        $all[] = $p[0];
        $all[] = $p[1];
    }
    for ($i = 0; $i < $k; $i++) {
        $r = $all;
        $w = $e = null;
        $n = socket_select($r, $w, $e, 0);
    }
    $ok = $n === 0 && $r === [];
    break;

default:
    fwrite(STDERR, "OP must be idle, ready, setup or many\n");
    exit(2);
}
exit($ok ? 0 : 1);
