<?php
// diff: documented-since 8.5 core's stream_select() crashes (segmentation fault) when an error handler replaces an array it has still to walk; tsp_sockets' walks the array as it is then
/* An error handler that, during the walk over the read array, replaces the
 * write array by a string: the write array is not walked (it is no array any
 * more) and stays the string. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$mem = fopen('php://memory', 'r+');
$R = [$mem, $a];
$W = [$idle];
$E = null;
set_error_handler(function ($no, $msg) use (&$W) { echo "  handler: $msg\n"; $W = 'gone'; return true; });
show('handler replaces write', function () use (&$R, &$W, &$E) { try { return stream_select($R, $W, $E, 0); } finally { echo '  R=', ids($R), ' W=', ids($W), "\n"; } });
echo "done\n";
