<?php
require __DIR__ . '/../inc/util.inc';
// blocking socket, peer closed after writing
[$c, $a] = tcp_pair();
socket_write($c, "tail");
socket_close($c);
usleep(20000);
show('binary data before EOF', fn() => socket_read($a, 100));
show('binary at EOF', fn() => socket_read($a, 100));
show('binary at EOF again', fn() => socket_read($a, 1));
show_err('err', $a);
show('normal at EOF (blocking)', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show_err('err', $a);
// non-blocking socket at EOF
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
socket_write($c, "xy");
socket_close($c);
usleep(20000);
show('nb normal partial then EOF', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show_err('err', $a);
show('nb binary at EOF', fn() => socket_read($a, 100));
show('nb normal at EOF', fn() => socket_read($a, 100, PHP_NORMAL_READ));
show_err('err', $a);
// non-blocking, nothing to read, peer still open: binary read only (normal read hangs the oracle)
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
show('nb binary nothing', fn() => socket_read($a, 10));
show_err('err', $a);
// shutdown write side of the peer gives EOF too
[$c, $a] = tcp_pair();
socket_shutdown($c, 1);
usleep(20000);
show('after peer shutdown(1)', fn() => socket_read($a, 10));
show('normal after peer shutdown(1)', fn() => socket_read($a, 10, PHP_NORMAL_READ));
show_err('err', $a);
// own read side shut down
[$c, $a] = tcp_pair();
socket_shutdown($a, 0);
show('after own shutdown(0)', fn() => socket_read($a, 10));
// unix pair
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "u");
socket_close($p[0]);
show('unix data', fn() => socket_read($p[1], 10));
show('unix EOF', fn() => socket_read($p[1], 10));
show('unix EOF normal', fn() => socket_read($p[1], 10, PHP_NORMAL_READ));
show_err('err', $p[1]);
