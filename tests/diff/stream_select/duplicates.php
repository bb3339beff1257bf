<?php
/* The same stream more than once: select() counts a descriptor once per set,
 * the rewritten arrays keep every entry that is ready. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
sel('twice in write', null, [$a, $a], null, 0);
sel('three times in write, keyed', null, ['x' => $a, 'y' => $a, 3 => $a], null, 0);
fwrite($b, 'x');
sel('twice in read', [$a, $a], null, null, 0);
sel('read and write', [$a], [$a], null, 0);
sel('all three, twice each', [$a, $a], [$a, $a], [$a, $a], 0);
sel('idle twice + ready', [$idle, $a, $idle], [$idle, $idle], [$idle], 0);
/* two streams over one descriptor: php://fd duplicates it, STDIN and php://stdin too */
$dup = fopen('php://fd/0', 'r');
sel('STDIN and php://fd/0', [STDIN, $dup], [STDIN, $dup], [STDIN], 0);
/* the same array variable in two places */
$x = [$a, $idle];
sel('one array as read and write', $x, $x, $x, 0);
$n = stream_select($x, $x, $x, 0);
echo 'one variable passed three times: ', var_export($n, true), ' ', ids($x), "\n";
$y = [$idle];
$n = stream_select($y, $y, $y, 0);
echo 'one idle variable passed three times: ', var_export($n, true), ' ', ids($y), "\n";
echo "done\n";
