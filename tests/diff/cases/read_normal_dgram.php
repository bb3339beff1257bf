<?php
// diff: documented ext/sockets reads one byte per recv() with PHP_NORMAL_READ, so each datagram loses all but its first byte; tsp_sockets takes a datagram whole and keeps what follows the line for the next read
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
foreach (["x1", "y2", "\nzz", "w", "\n"] as $dg) socket_write($p[0], $dg);
show('dgram normal: a line across datagrams', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
show('dgram normal 2: the rest of a datagram first', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
foreach (["hello\nworld\n", "\n", "tail"] as $dg) socket_write($p[0], $dg);
show('two lines in one datagram', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
show('the second from what was kept', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
show('an empty line', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
show('binary read of the next datagram', fn() => socket_read($p[1], 100));
socket_write($p[0], "abcdef\nrest");
show('length before the line end', fn() => socket_read($p[1], 3, PHP_NORMAL_READ));
show('binary read takes what was kept first', fn() => socket_read($p[1], 2));
show('recv takes the rest of it', function () use ($p) { $n = socket_recv($p[1], $b, 100, 0); return [$n, $b]; });
socket_set_nonblock($p[1]);
show('nothing left', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
show_err('err', $p[1]);
