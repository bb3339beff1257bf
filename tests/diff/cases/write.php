<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
function got($a) { usleep(20000); return drain($a); }
show('null length', fn() => socket_write($c, "abcdef", null));
show('got', fn() => got($a));
show('no length', fn() => socket_write($c, "ghi"));
show('got', fn() => got($a));
show('length 0', fn() => socket_write($c, "abc", 0));
show_err('length 0 err', $c);
show('got', fn() => got($a));
show('length 2', fn() => socket_write($c, "abc", 2));
show('got', fn() => got($a));
show('length larger than data', fn() => socket_write($c, "abc", 100));
show('got', fn() => got($a));
show('length -1', fn() => socket_write($c, "abc", -1));
show('length PHP_INT_MIN', fn() => socket_write($c, "abc", PHP_INT_MIN));
show('length PHP_INT_MAX', fn() => socket_write($c, "abc", PHP_INT_MAX));
show('got', fn() => got($a));
show('empty data', fn() => socket_write($c, ""));
show('empty data length 5', fn() => socket_write($c, "", 5));
show('binary data', fn() => socket_write($c, "a\0b\r\n"));
show('got', fn() => bin2hex(got($a)));
show('int data', fn() => socket_write($c, 12345));
show('float data', fn() => socket_write($c, 1.5));
show('bool data', fn() => socket_write($c, true));
show('got', fn() => got($a));
show('null data', fn() => socket_write($c, null));
show('array data', fn() => socket_write($c, []));
show('object data', fn() => socket_write($c, new stdClass));
show('stringable data', fn() => socket_write($c, new class { function __toString(): string { return "SS"; } }));
show('got', fn() => got($a));
show('str length', fn() => socket_write($c, "x", "1"));
show('bad str length', fn() => socket_write($c, "x", "one"));
show('float length', fn() => socket_write($c, "xyz", 2.0));
show('got', fn() => got($a));
show('no data', fn() => socket_write($c));
show('null socket', fn() => socket_write(null, "x"));
// unconnected / listening
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('write unconnected tcp', fn() => socket_write($u, "x"));
show_err('err', $u);
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('write unconnected udp', fn() => socket_write($d, "x"));
show_err('err', $d);
// large write on non-blocking socket: partial write then EAGAIN
[$c2, $a2] = tcp_pair();
socket_set_nonblock($c2);
socket_set_option($c2, SOL_SOCKET, SO_SNDBUF, 4096);
socket_set_option($a2, SOL_SOCKET, SO_RCVBUF, 4096);
$total = 0; $res = null;
for ($i = 0; $i < 200; $i++) {
    $r = @socket_write($c2, str_repeat('x', 65536));
    if ($r === false) { $res = false; break; }
    $total += $r;
}
echo 'filled: ', var_export($res, true), ' wrote something: ', var_export($total > 0, true), "\n";
show_err('full err', $c2);
show('full warning', fn() => socket_write($c2, str_repeat('y', 65536)));
