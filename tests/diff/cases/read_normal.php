<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_write($c, "line1\nline2\rline3\r\nab\n\ncdefghij\nlast");
usleep(20000);
show('n 100 (\n)', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show('n 100 (\r)', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show('n 100 (\r\n: stops at \r)', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show('n 100 (leftover \n)', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show('n 1', fn() => socket_read($a, 1, PHP_NORMAL_READ));
show('n 2', fn() => socket_read($a, 2, PHP_NORMAL_READ));
show('n 0', fn() => socket_read($a, 0, PHP_NORMAL_READ));
show('n -1', fn() => socket_read($a, -1, PHP_NORMAL_READ));
show('n 1 again', fn() => socket_read($a, 1, PHP_NORMAL_READ));
show('n 3 (limit before newline)', fn() => socket_read($a, 3, PHP_NORMAL_READ));
show('n 100 rest of line', fn() => socket_read($a, 100, PHP_NORMAL_READ));
socket_close($c);
show('n 100 last then EOF', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show_err('after EOF', $a);
show('n after EOF', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show('binary after EOF', fn() => socket_read($a, 100, PHP_BINARY_READ));
show_err('err', $a);
// exact length line
[$c, $a] = tcp_pair();
socket_write($c, "12345\n6789\r");
usleep(20000);
show('n 5 exact', fn() => socket_read($a, 5, PHP_NORMAL_READ));
show('n 5 newline only', fn() => socket_read($a, 5, PHP_NORMAL_READ));
show('n 6 incl newline', fn() => socket_read($a, 6, PHP_NORMAL_READ));
socket_write($c, "\0nul\n");
usleep(20000);
show('n nul byte', fn() => socket_read($a, 100, PHP_NORMAL_READ));
// unix dgram with normal read: reads 1 byte at a time from datagrams
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
foreach (["x1", "y2", "\nzz", "w", "\n"] as $dg) socket_write($p[0], $dg);
show('dgram normal (1 byte per datagram)', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
show('dgram normal 2', fn() => socket_read($p[1], 100, PHP_NORMAL_READ));
