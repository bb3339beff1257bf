<?php
// diff: documented-before 8.4 ext/sockets 8.2 allocates the whole length first and dies of a fatal memory error; ours reads what there is (from 8.4 on both return false for PHP_INT_MAX)
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
socket_write($c, "abc\n");
usleep(20000);
show('PHP_INT_MAX', fn() => socket_read($a, PHP_INT_MAX));
show('after', fn() => socket_read($a, 10));
