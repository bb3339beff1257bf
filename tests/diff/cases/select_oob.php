<?php
require __DIR__ . '/../inc/util.inc';
/* out-of-band data shows in the except set; socket_recv(MSG_OOB) reads it */
[$c, $a] = tcp_pair();
var_dump(socket_send($c, "!", 1, MSG_OOB));
usleep(50000);
$r = [$a]; $w = null; $e = ['oob' => $a];
var_dump(socket_select($r, $w, $e, 1), array_keys($r), array_keys($e));
var_dump(socket_recv($a, $buf, 1, MSG_OOB), $buf);
$r = null; $e = [$a];
var_dump(socket_select($r, $w, $e, 0), $e);
socket_set_option($a, SOL_SOCKET, SO_OOBINLINE, 1);
var_dump(socket_send($c, "ab", 2, MSG_OOB));
usleep(50000);
var_dump(socket_recv($a, $buf, 10, 0), $buf);
/* a peer that closes: readable with end of stream */
socket_close($c);
$r = [$a]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 1), socket_recv($a, $buf, 10, 0), $buf);
