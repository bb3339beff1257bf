<?php
// diff: documented ext/sockets allocates the whole length first and dies of a fatal memory error; ours reads what there is
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
socket_write($c, "abc\n");
usleep(20000);
show('2^31', fn() => socket_read($a, 2147483648));
show('2^31 - 2', fn() => socket_read($a, 2147483646));
show('after', fn() => socket_read($a, 10));
