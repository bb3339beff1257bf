<?php
// AF_PACKET sockets (PHP 8.5): create, bind to an interface by name, getsockname, and what the other calls say of them; the bundled extension has them from 8.5 on
require __DIR__ . '/../inc/util.inc';
if (PHP_VERSION_ID < 80500) {
    echo "the bundled extension has AF_PACKET from PHP 8.5 on\n";
    return;
}
$s = @socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL);
if ($s === false) {
    echo "no CAP_NET_RAW: ", socket_last_error(), "\n";
    return;
}
foreach ([[SOCK_DGRAM, ETH_P_IP], [SOCK_RAW, 0], [SOCK_STREAM, 0], [SOCK_SEQPACKET, 0], [SOCK_RAW, -1], [SOCK_RAW, 70000], [SOCK_RAW | SOCK_NONBLOCK, ETH_P_IPV6], [11, 0]] as [$ty, $pr]) {
    show("create $ty $pr", fn() => socket_create(AF_PACKET, $ty, $pr));
}
show('pair', fn() => socket_create_pair(AF_PACKET, SOCK_DGRAM, 0, $p));
$a = 'kept';
$port = 'kept';
show('getsockname unbound', fn() => socket_getsockname($s, $a, $port));
var_dump($a, $port);
foreach (['lo', "lo\0x", '', 'no-such-if0', 'lo ', str_repeat('l', 30)] as $name) {
    $t = socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL);
    show('bind ' . json_encode($name), fn() => socket_bind($t, $name));
    show('  getsockname', function () use ($t) { $r = socket_getsockname($t, $a, $p); return [$r, $a, is_int($p) && $p > 0]; });
}
foreach ([0, 80, 65535, 65536, -1] as $port) {
    show("bind lo port $port", fn() => socket_bind(socket_create(AF_PACKET, SOCK_DGRAM, 0), 'lo', $port));
}
socket_bind($s, 'lo');
show('getsockname no port', function () use ($s) { $r = socket_getsockname($s, $a); return [$r, $a]; });
show('getpeername', fn() => socket_getpeername($s, $a, $p));
show('connect', fn() => socket_connect($s, 'lo', 0));
show('connect null port', fn() => socket_connect($s, 'lo'));
show('sendto', fn() => socket_sendto($s, str_repeat("\0", 20), 20, 0, 'lo', 0));
show('sendto port -1', fn() => socket_sendto($s, 'x', 1, 0, 'lo', -1));
show('sendto length -1', fn() => socket_sendto($s, 'x', -1, 0, 'lo', 0));
show('recvfrom', fn() => socket_recvfrom($s, $buf, 100, MSG_DONTWAIT, $from, $fport));
show('recvfrom length 0', fn() => socket_recvfrom($s, $buf, 0, 0, $from, $fport));
show('listen', fn() => socket_listen($s));
show('shutdown', fn() => socket_shutdown($s));
show('multicast', fn() => socket_set_option($s, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1']));
show('SO_TYPE', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE));
show('send unbound', fn() => socket_send(socket_create(AF_PACKET, SOCK_RAW, 0), 'x', 1, 0));
/* frames seen: a DGRAM ETH_P_IP socket on lo gets the IPv4 packet of a UDP datagram over lo */
$ip = socket_create(AF_PACKET, SOCK_DGRAM, ETH_P_IP);
socket_bind($ip, 'lo');
$udp = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($udp, '127.0.0.1', 0);
socket_getsockname($udp, $h, $uport);
$token = 'frame' . bin2hex(random_bytes(8));
socket_sendto($udp, $token, strlen($token), 0, '127.0.0.1', $uport);
$seen = null;
for ($i = 0; $i < 100 && $seen === null; $i++) {
    $r = [$ip];
    $w = $e = null;
    if (socket_select($r, $w, $e, 1) === 1 && socket_recv($ip, $frame, 4096, MSG_DONTWAIT) > 0 && str_ends_with($frame, $token)) {
        $seen = $frame;
    }
}
var_dump($seen !== null, $seen === null ? null : ord($seen[0]) >> 4);
/* a stream of it, and back */
$st = socket_export_stream($s);
var_dump(stream_get_meta_data($st)['stream_type']);
$back = socket_import_stream($st);
show('imported getsockname', function () use ($back) { $r = socket_getsockname($back, $a); return [$r, $a]; });
show('imported bind', fn() => socket_bind($back, 'lo'));
show('imported sendto', fn() => socket_sendto($back, 'x', 1, 0, 'lo', 0));
show('sendmsg', fn() => socket_sendmsg($s, ['name' => ['addr' => 'lo', 'port' => 0], 'iov' => ['x']]));
show_err('last');
socket_set_nonblock($s);
foreach ([0, 10] as $cl) {
    $m = ['name' => [], 'buffer_size' => 100, 'controllen' => $cl];
    show("recvmsg name controllen $cl", fn() => socket_recvmsg($s, $m, 0));
}
