<?php
/* A ready stream at a high integer key among many idle ones: the rewritten
 * arrays hold just the ready entries under their keys, and what PHP appends
 * to them afterwards takes the next key after the highest one. */
require __DIR__ . '/_lib.inc';
$all = [];
for ($i = 0; $i < 200; $i++) {
    $all[] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
}
$read = array_column($all, 0);
fwrite($all[150][1], 'x');
fwrite($all[199][1], 'y');
$r = $read;
$w = $e = null;
$n = stream_select($r, $w, $e, 0);
echo 'two ready of 200: ', $n, ' ', ids($r), "\n";
$r[] = 'appended';
echo 'next key: ', implode(',', array_keys($r)), "\n";
$r = [1000 => $read[150], 7 => $read[0], 5000 => $read[199]];
$n = stream_select($r, $w, $e, 0);
echo 'sparse keys: ', $n, ' ', ids($r), ' next ', array_key_last($r) + 1, "\n";
$r[] = 'x';
echo 'appended under ', array_key_last($r), "\n";
/* the write set: every idle stream is writable, all are kept */
$wr = array_column($all, 1);
$r = null;
$n = stream_select($r, $wr, $e, 0);
echo 'all writable: ', $n, ' ', count($wr), ' ', array_key_first($wr), '..', array_key_last($wr), "\n";
/* buffered bytes at a high key: read once, the rest waits in PHP's buffer */
fwrite($all[180][1], "one\ntwo\n");
$rd = $all[180][0];
$x = [$rd];
$n = stream_select($x, $w, $e, 1);
echo fgets($rd);
$r = $read;
$n = stream_select($r, $w, $e, 0);
echo 'buffered: ', $n, ' ', ids($r), "\n";
$r[] = 'z';
echo 'appended under ', array_key_last($r), "\n";
echo "done\n";
