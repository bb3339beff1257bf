<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['SO_RCVBUF' => SO_RCVBUF, 'SO_SNDBUF' => SO_SNDBUF, 'SO_RCVLOWAT' => SO_RCVLOWAT, 'SO_SNDLOWAT' => SO_SNDLOWAT] as $name => $opt) {
    show("$name initial is int", fn() => is_int(socket_get_option($s, SOL_SOCKET, $opt)));
    foreach ([8192, 65536, 1, 0, -1, '16384', 'junk', 2.5, null, true, PHP_INT_MAX, 2147483648, [], [1, 2]] as $v) {
        show("$name set " . json_encode($v), fn() => socket_set_option($s, SOL_SOCKET, $opt, $v));
        show("$name get", fn() => socket_get_option($s, SOL_SOCKET, $opt));
    }
}
foreach (['tcp' => [AF_INET, SOCK_STREAM, SOL_TCP], 'udp' => [AF_INET, SOCK_DGRAM, SOL_UDP],
          'unix stream' => [AF_UNIX, SOCK_STREAM, 0], 'unix dgram' => [AF_UNIX, SOCK_DGRAM, 0],
          'unix seqpacket' => [AF_UNIX, SOCK_SEQPACKET, 0], 'tcp6' => [AF_INET6, SOCK_STREAM, SOL_TCP]] as $l => [$d, $t, $p]) {
    $x = socket_create($d, $t, $p);
    show("$l SO_TYPE", fn() => socket_get_option($x, SOL_SOCKET, SO_TYPE));
    show("$l SO_ERROR", fn() => socket_get_option($x, SOL_SOCKET, SO_ERROR));
}
show('set SO_TYPE', fn() => socket_set_option($s, SOL_SOCKET, SO_TYPE, SOCK_DGRAM));
show_err('err', $s);
show('set SO_ERROR', fn() => socket_set_option($s, SOL_SOCKET, SO_ERROR, 1));
show_err('err', $s);
// SO_ERROR after a failed non-blocking connect is reported once
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($t, '127.0.0.1', 0);
socket_getsockname($t, $x, $closed);
socket_close($t);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c);
@socket_connect($c, '127.0.0.1', $closed);
usleep(50000);
$e1 = socket_get_option($c, SOL_SOCKET, SO_ERROR);
echo 'SO_ERROR first: ', in_array($e1, [0, SOCKET_ECONNREFUSED], true) ? 'ok' : $e1, "\n";
show('SO_ERROR second', fn() => socket_get_option($c, SOL_SOCKET, SO_ERROR));
