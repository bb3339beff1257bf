<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c);
$r = socket_connect($c, '127.0.0.1', $port);
$e = socket_last_error($c);
// loopback may complete at once or report EINPROGRESS; both are fine, but must agree
echo 'nonblock connect: ', var_export($r, true), ' ', in_array($e, [0, SOCKET_EINPROGRESS], true) ? 'ok' : "err $e", "\n";
usleep(50000);
show('SO_ERROR after', fn() => socket_get_option($c, SOL_SOCKET, SO_ERROR));
show('connect again', fn() => @socket_connect($c, '127.0.0.1', $port));
show_err('again err', $c);
show('peer', function () use ($c) { $r = socket_getpeername($c, $a, $p); return [$r, $a, port_shape($p)]; });
// EINPROGRESS reported as warning?
$c2 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c2);
ob_start();
$r2 = socket_connect($c2, '127.0.0.1', $port);
$out = ob_get_clean();
echo 'second nonblock connect: ', var_export($r2, true), ' output:', $out === '' ? 'none' : (str_contains($out, '[115]') ? 'EINPROGRESS warning' : $out), "\n";
// refused, non-blocking
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($t, '127.0.0.1', 0);
socket_getsockname($t, $x, $closed);
socket_close($t);
$c3 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($c3);
$r3 = @socket_connect($c3, '127.0.0.1', $closed);
$e3 = socket_last_error($c3);
echo 'nonblock refused: ', var_export($r3, true), ' ', in_array($e3, [SOCKET_ECONNREFUSED, SOCKET_EINPROGRESS], true) ? 'ok' : "err $e3", "\n";
usleep(50000);
$so = socket_get_option($c3, SOL_SOCKET, SO_ERROR);
echo 'SO_ERROR refused: ', in_array($so, [0, SOCKET_ECONNREFUSED], true) ? 'ok' : $so, "\n";
show('SO_ERROR read again (cleared)', fn() => socket_get_option($c3, SOL_SOCKET, SO_ERROR));
show('getpeername unconnected', fn() => socket_getpeername($c3, $a));
show_err('peer err', $c3);
