<?php
/* Timeouts at and around the limits: which ValueError, in which order with
 * "No stream arrays were passed"; the seconds-plus-carry overflow that select()
 * refuses (EINVAL) and the largest timeouts it takes; buffered data answering
 * before the wait would fail. Every accepted timeout here has a ready stream,
 * so nothing waits for long. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$M = PHP_INT_MAX;
$cases = [
    [null, null], [null, 0], [null, 1], [null, -1], [null, $M], [null, PHP_INT_MIN],
    [0, null], [0, 0], [0, 1], [0, 999999], [0, 1000000], [0, 1000001], [0, -1], [0, $M], [0, PHP_INT_MIN],
    [-1, null], [-1, 0], [-1, -1], [-1, 1000000], [PHP_INT_MIN, 0], [-1, $M],
    [1, 0], [1, 1000000], [2147483647, 0], [2147483648, 0], [4294967296, 999999],
    [$M, null], [$M, 0], [$M, 999999], [$M, 1000000], [$M, $M], [$M - 1, 1000000], [$M - 1, 1999999], [$M - 1, 2000000],
    [$M - 9223372036854, $M], [$M - 9223372036853, $M], [1000000000000, 0], [1000000000001, 999999],
];
foreach ($cases as [$s, $u]) {
    $label = var_export($s, true) . ', ' . var_export($u, true);
    sel("ready $label", [$a, $idle], null, null, $s, $u);
    sel("write $label", null, [$idle], [$idle], $s, $u);
    sel("none $label", [], null, null, $s, $u);
}
/* data already in the read buffer answers before the wait, even one select() would refuse */
fwrite($b, "line\nmore");
fgets($a);
sel('buffered, overflowing timeout', [$a, $idle], [$idle], [$idle], $M, $M);
sel('buffered, null and 1', [$a], null, null, null, 1);
sel('buffered, negative', [$a], null, null, -1);
stream_set_blocking($a, false);
var_dump(fread($a, 100));
/* short real waits on an idle stream: 0 streams after the timeout */
$t = hrtime(true);
sel('idle 0.05 s', [$idle], null, [$idle], 0, 50000);
echo 'waited at least 0.04 s: ', var_export((hrtime(true) - $t) / 1e9 >= 0.04, true), "\n";
$t = hrtime(true);
sel('idle 1,050,000 us carried', [$idle], null, null, 0, 1050000);
echo 'waited at least 1 s: ', var_export((hrtime(true) - $t) / 1e9 >= 1.0, true), "\n";
echo "done\n";
