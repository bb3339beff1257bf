<?php
/* The write set: writable until the socket buffer is full, writable again
 * once the peer reads; a connect in progress becomes writable when it is done. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_blocking($a, false);
sel('empty buffer', null, [$a], null, 0);
$total = 0;
while (($n = @fwrite($a, str_repeat('x', 65536))) > 0) {
    $total += $n;
}
echo 'filled: ', $total > 0 ? 'yes' : 'no', "\n";
sel('full buffer', [$b], [$a], null, 0);
sel('full buffer, 0.1 s', null, [$a], null, 0, 100000);
stream_set_blocking($b, false);
for ($i = 0; $i < 10000 && strlen((string) fread($b, 65536)) > 0; $i++) {
}
sel('drained', null, [$a], null, 1);
/* a TCP connect in progress */
$l = stream_socket_server('tcp://127.0.0.1:0');
$c = stream_socket_client('tcp://' . stream_socket_get_name($l, false), $errno, $errstr, 1, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
sel('async connect', null, [$c], null, 1);
sel('listener', [$l], [$l], null, 1);
$acc = stream_socket_accept($l, 1);
sel('accepted: writable, not readable', [$acc], [$acc], [$acc], 0);
/* a UDP socket is writable at once */
$u = stream_socket_client('udp://127.0.0.1:9');
sel('udp client', [$u], [$u], [$u], 0);
/* a pipe's write end, then its read end closed */
$proc = proc_open(['sh', '-c', 'exec cat >/dev/null'], [0 => ['pipe', 'r']], $pipes);
sel('pipe to a child', null, [$pipes[0]], null, 0);
fclose($pipes[0]);
proc_close($proc);
echo "done\n";
