<?php
// socket_recvmsg(): buffer_size 0 (accepted), and the iov of 0 bytes received (empty) or of a truncated datagram
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
function r($l, $s, $m, $flags = MSG_DONTWAIT) { echo "== $l\n"; var_dump(socket_recvmsg($s, $m, $flags)); var_dump($m); }
socket_write($p[1], "abc");
r('buffer_size 0, no controllen', $p[0], ['buffer_size' => 0]);
r('buffer_size 0', $p[0], ['buffer_size' => 0, 'controllen' => 64]);
socket_write($p[1], "hello");
r('buffer_size 0, MSG_TRUNC', $p[0], ['buffer_size' => 0, 'controllen' => 10], MSG_TRUNC);
socket_write($p[1], "hello");
r('buffer_size 2, MSG_TRUNC', $p[0], ['buffer_size' => 2, 'controllen' => 10], MSG_TRUNC);
socket_write($p[1], "hello");
r('buffer_size 2', $p[0], ['buffer_size' => 2, 'controllen' => 10]);
socket_write($p[1], "");
r('empty datagram', $p[0], ['name' => [], 'controllen' => 100]);
foreach ([-1, 104857601, PHP_INT_MAX, 'x', '7', 2.9, null, true] as $bs) {
    socket_write($p[1], "0123456789");
    r('buffer_size ' . var_export($bs, true), $p[0], ['buffer_size' => $bs, 'controllen' => 10]);
    @socket_recv($p[0], $junk, 100, MSG_DONTWAIT);
}
foreach ([0, -1, 4294967296, 'x', 1, '16', 1.5] as $cl) {
    socket_write($p[1], "z");
    r('controllen ' . var_export($cl, true), $p[0], ['controllen' => $cl]);
    @socket_recv($p[0], $junk, 100, MSG_DONTWAIT);
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $s);
socket_write($s[1], "abcdef");
r('stream, buffer_size 4', $s[0], ['buffer_size' => 4, 'controllen' => 10], 0);
socket_close($s[1]);
r('stream at EOF', $s[0], ['buffer_size' => 100, 'controllen' => 64], 0);
