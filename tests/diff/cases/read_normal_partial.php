<?php
// diff: documented ext/sockets spins at 100% CPU in PHP_NORMAL_READ on a non-blocking socket until the line end comes; tsp_sockets returns false with SOCKET_EAGAIN, keeps the part of the line read, and the next read continues there
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
socket_write($p[1], "abc");
show('partial', fn() => socket_read($p[0], 1024, PHP_NORMAL_READ));
show_err('err', $p[0]);
socket_write($p[1], "def\nxy");
show('the line', fn() => socket_read($p[0], 1024, PHP_NORMAL_READ));
show('partial again', fn() => socket_read($p[0], 1024, PHP_NORMAL_READ));
show('binary continues', fn() => socket_read($p[0], 1, PHP_BINARY_READ));
show('recv continues', fn() => [socket_recv($p[0], $b, 10, 0), $b]);
show('nothing held', fn() => socket_read($p[0], 10, PHP_BINARY_READ));
socket_write($p[1], "par");
show('held', fn() => socket_read($p[0], 100, PHP_NORMAL_READ));
socket_close($p[1]);
show('end of stream returns what is held', fn() => socket_read($p[0], 100, PHP_NORMAL_READ));
show('then end of stream', fn() => socket_read($p[0], 100, PHP_NORMAL_READ));
