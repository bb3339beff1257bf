<?php
// diff: oracle-hangs ext/sockets php_read() loops forever on EAGAIN with PHP_NORMAL_READ on a non-blocking socket
require __DIR__ . '/../inc/util.inc';
foreach (['tcp' => fn() => tcp_pair(), 'unix' => function () { socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); return $p; }] as $kind => $mk) {
    [$c, $a] = $mk();
    socket_set_nonblock($a);
    socket_clear_error();
    show("$kind normal nothing", fn() => socket_read($a, 10, PHP_NORMAL_READ));
    show("$kind is EAGAIN", fn() => socket_last_error($a) === SOCKET_EAGAIN);
    show("$kind global is EAGAIN", fn() => socket_last_error() === SOCKET_EAGAIN);
    socket_write($c, "ok\n");
    usleep(20000);
    show("$kind then a line", fn() => socket_read($a, 10, PHP_NORMAL_READ));
}
