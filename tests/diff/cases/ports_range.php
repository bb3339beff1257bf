<?php
// The port arguments of socket_bind(), socket_create_listen(), socket_sendto() and socket_connect() at and beyond 0..65535, on every family, with the checks around them
require __DIR__ . '/../inc/util.inc';
$ports = [0, 65535, 65536, -1, 131072 + 9, PHP_INT_MAX, PHP_INT_MIN];
foreach ($ports as $p) {
    show("bind inet $p", function () use ($p) {
        $s = socket_create(AF_INET, SOCK_DGRAM, 0);
        $r = socket_bind($s, '127.0.0.1', $p);
        socket_getsockname($s, $a, $port);
        return [$r, $a, $port === 0 ? 0 : ($port === ($p & 0xFFFF) ? 'p & 0xFFFF' : 'other')];
    });
    show("bind unix $p", fn() => socket_bind(socket_create(AF_UNIX, SOCK_DGRAM, 0), str_repeat('u', 120), $p));
    show("bind inet unresolvable $p", fn() => socket_bind(socket_create(AF_INET, SOCK_DGRAM, 0), 'no-such-host.invalid', $p));
    show("create_listen $p", function () use ($p) {
        $s = socket_create_listen($p === 65535 ? 0 : $p);
        return $s === false ? false : get_class($s);
    });
    show("sendto length -1, port $p", fn() => socket_sendto(socket_create(AF_INET, SOCK_DGRAM, 0), 'x', -1, 0, '127.0.0.1', $p));
    show("sendto unix $p", fn() => socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), 'x', 1, 0, str_repeat('v', 200), $p));
}
$r = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_bind($r, '127.0.0.1', 0);
socket_getsockname($r, $host, $port);
$u = socket_create(AF_INET, SOCK_DGRAM, 0);
show('sendto 65536 + port', function () use ($u, $port) {
    $n = socket_sendto($u, 'wrapped', 7, 0, '127.0.0.1', 65536 + $port);
    return $n;
});
show('sendto null port', fn() => socket_sendto($u, 'x', 1, 0, '127.0.0.1', null));
show('sendto closed', function () { $c = socket_create(AF_INET, SOCK_DGRAM, 0); socket_close($c); return socket_sendto($c, 'x', 1, 0, '127.0.0.1', -1); });
show('bind closed', function () { $c = socket_create(AF_INET, SOCK_DGRAM, 0); socket_close($c); return socket_bind($c, '127.0.0.1', -1); });
/* socket_connect() cuts its port to 16 bits on every version */
$c = socket_create(AF_INET, SOCK_DGRAM, 0);
show('connect 65536 + port', fn() => socket_connect($c, '127.0.0.1', 65536 + $port));
socket_getpeername($c, $h, $peer);
var_dump($peer === $port);
show_err('last');
