<?php
/* Hang-ups and ends of stream: a closed peer makes a stream readable (EOF),
 * a shut-down half too, and the stream reads "" then. */
require __DIR__ . '/_lib.inc';
[$c, $a] = tcp_pair($l);
sel('open, idle', [$a], [$a], [$a], 0);
stream_socket_shutdown($c, STREAM_SHUT_WR);
settle($a);
sel('peer shut down writing', [$a], [$a], [$a], 0);
var_dump(fread($a, 10), feof($a));
sel('after reading the end', [$a], null, null, 0);
fclose($c);
settle($a);
sel('peer closed', [$a], [$a], [$a], 1);
[$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fclose($q);
sel('pair, peer closed', [$p], [$p], [$p], 0);
[$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, 0);
fclose($q);
sel('dgram pair, peer closed', [$p], [$p], [$p], 0, 100000);
/* a pipe whose writer is gone */
$proc = proc_open(['sh', '-c', 'exit 0'], [1 => ['pipe', 'w']], $pipes);
stream_get_contents($pipes[1]);
sel('pipe, writer exited', [$pipes[1]], null, [$pipes[1]], 1);
fclose($pipes[1]);
proc_close($proc);
/* a pipe whose reader is gone: writable (the write fails with EPIPE) */
$proc = proc_open(['sh', '-c', 'exec 0<&-; exit 0'], [0 => ['pipe', 'r']], $pipes);
for ($i = 0; $i < 500 && proc_get_status($proc)['running']; $i++) {
    usleep(10000);
}
sel('pipe, reader exited', [$pipes[0]], [$pipes[0]], [$pipes[0]], 1);
fclose($pipes[0]);
proc_close($proc);
echo "done\n";
