<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
socket_write($c, 'abc');
usleep(20000);
show('1 MiB', fn() => socket_read($a, 1048576));
show('8 MiB nothing', fn() => socket_read($a, 8 << 20));
show('huge write length', fn() => socket_write($c, 'xyz', 1 << 40));
usleep(20000);
