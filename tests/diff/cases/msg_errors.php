<?php
// socket_sendmsg()/socket_recvmsg() failures: which warnings, and where the error is recorded
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_clear_error();
$m = ['name' => [], 'buffer_size' => 100, 'controllen' => 64];
show('recvmsg EAGAIN', fn() => socket_recvmsg($p[0], $m, MSG_DONTWAIT));
var_dump(socket_last_error(), socket_last_error($p[0]));
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_clear_error();
$m = ['controllen' => 10];
show('recvmsg ENOTCONN', fn() => socket_recvmsg($t, $m, 0));
var_dump(socket_last_error(), socket_last_error($t));
socket_clear_error();
show('sendmsg EPIPE', fn() => socket_sendmsg($t, ['iov' => ['x']], 0));
var_dump(socket_last_error(), socket_last_error($t));
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('sendmsg EDESTADDRREQ', fn() => socket_sendmsg($u, ['iov' => ['x']], 0));
var_dump(socket_last_error(), socket_last_error($u));
/* a full non-blocking datagram pair: quiet, recorded on the socket and globally */
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $q);
socket_set_nonblock($q[0]);
socket_clear_error();
$big = str_repeat('x', 60000);
for ($i = 0; $i < 10000; $i++) {
    if (($r = socket_sendmsg($q[0], ['iov' => [$big]], 0)) === false) {
        break;
    }
}
var_dump($r, socket_last_error($q[0]) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_clear_error($q[0]);
for ($i = 0; $i < 10000; $i++) {
    if (($r = socket_sendmsg($q[0], ['iov' => [$big]], MSG_DONTWAIT)) === false) {
        break;
    }
}
var_dump($r, socket_last_error($q[0]) === SOCKET_EAGAIN);
