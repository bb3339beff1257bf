<?php
// diff: documented ext/sockets returns its whole buffer when MSG_TRUNC makes TCP discard the bytes, memory the kernel never wrote; tsp_sockets returns an empty string with the count
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_write($c, str_repeat('A', 300) . 'tail');
$t = microtime(true);
do { $n = socket_recv($a, $probe, 304, MSG_PEEK | MSG_DONTWAIT); } while ($n !== 304 && microtime(true) - $t < 5 && !usleep(1000));
$secret = str_repeat('SECRET!', 43); unset($secret);
show('MSG_TRUNC 300', fn() => [socket_recv($a, $buf, 300, MSG_TRUNC), $buf]);
show('what follows', fn() => [socket_recv($a, $buf, 100, 0), $buf]);
socket_write($c, 'xyz');
usleep(20000);
show('MSG_TRUNC|MSG_PEEK', fn() => [socket_recv($a, $buf, 10, MSG_TRUNC | MSG_PEEK), $buf]);
show('still there', fn() => [socket_recv($a, $buf, 10, 0), $buf]);
socket_write($c, 'qq');
usleep(20000);
show('recvfrom MSG_TRUNC', fn() => [socket_recvfrom($a, $buf, 10, MSG_TRUNC, $from, $port), $buf, $from, $port]);
