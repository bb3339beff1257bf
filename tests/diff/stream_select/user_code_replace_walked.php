<?php
// diff: documented core's stream_select() goes on walking an array that an error handler replaced, in freed memory (valgrind: invalid reads); tsp_sockets stops the walk there
/* An error handler that replaces the read array while it is walked (and the
 * except array, still to be walked, by an integer): the walk over the read
 * array ends there, the except array is no array any more, so no stream gave
 * a descriptor. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$mem = fopen('php://memory', 'r+');
$R = [$mem, $a, $idle];
$W = null;
$E = [$idle];
set_error_handler(function ($no, $msg) use (&$R, &$E, $a) { echo "  handler: $msg\n"; $E = 3; $R = [$a]; return true; });
show('handler replaces read and except', function () use (&$R, &$W, &$E) { try { return stream_select($R, $W, $E, 0); } finally { echo '  R=', ids($R), ' E=', ids($E), "\n"; } });
echo "done\n";
