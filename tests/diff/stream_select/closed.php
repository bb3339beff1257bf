<?php
/* Closed streams and other values in the arrays: each walk fetches every
 * element, so a TypeError per element and walk, chained; the call goes on
 * (and waits) with the exception pending, as core's does. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$gone] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fclose($gone);
fwrite($b, 'x');
$ctx = stream_context_create();
sel('closed only', [$gone], null, null, 0);
sel('closed + ready', [$gone, $a], null, null, 0);
sel('closed in write + ready read', [$a], [$gone], null, 0);
sel('closed in except + ready read', [$a], null, [$gone], 0);
sel('closed in each', [$gone, $a], [$gone, $idle], [$gone], 0);
foreach (['int' => 1, 'string' => 's', 'null' => null, 'array' => [$a], 'object' => new stdClass, 'context' => $ctx, 'float' => 1.5] as $k => $v) {
    sel("$k only", [$v], null, null, 0);
    sel("$k + ready", [$v, $a], [$v], null, 0);
    sel("$k in write", null, [$idle, $v], null, 0);
}
sel('a mix, keyed', ['g' => $gone, 'a' => $a, 'n' => null, 'i' => $idle], ['i' => $idle, 'x' => 'x'], ['c' => $ctx], 0);
/* pending exception and a real wait: the wait happens, then the exception */
$t = hrtime(true);
sel('closed + idle, 0.1 s', [$gone, $idle], null, null, 0, 100000);
echo 'waited: ', var_export((hrtime(true) - $t) / 1e9 >= 0.08, true), "\n";
/* closed after being read into the array: the same */
$r = [$a, $idle];
fclose($idle);
sel('closed after building', $r, null, null, 0);
/* a closed stream with buffered bytes read before it closed */
[$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($q, "l1\nl2\n");
settle($p);
fgets($p);
$r = [$p, $a];
fclose($p);
sel('closed with buffered bytes', $r, null, null, 0);
echo "done\n";
