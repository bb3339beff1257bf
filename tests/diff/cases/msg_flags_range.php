<?php
// socket_sendmsg()/socket_recvmsg() $flags: the C int range, checked before the socket and the message
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$closed = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_close($closed);
foreach ([PHP_INT_MAX, PHP_INT_MIN, 2147483648, -2147483649, -(2**40)] as $f) {
    show("sendmsg $f", fn() => socket_sendmsg($p[0], ['iov' => ['x']], $f));
    show("recvmsg $f", function () use ($p, $f) { $m = ['controllen' => 10]; return socket_recvmsg($p[1], $m, $f); });
    show("sendmsg closed $f", fn() => socket_sendmsg($closed, ['iov' => 5], $f));
    show("recvmsg bad message $f", function () use ($p, $f) { $m = []; return socket_recvmsg($p[1], $m, $f); });
}
show('sendmsg 2147483647', fn() => @socket_sendmsg($p[0], ['iov' => ['x']], 2147483647));
show('recvmsg -2147483648', function () use ($p) { $m = ['controllen' => 10]; return @socket_recvmsg($p[1], $m, -2147483648); });
show('sendmsg float', fn() => socket_sendmsg($p[0], ['iov' => ['x']], 1e30));
show('recvmsg string', function () use ($p) { $m = ['controllen' => 10]; return socket_recvmsg($p[1], $m, 'x'); });
