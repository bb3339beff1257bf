--TEST--
tsp_sockets: socket_bind(), socket_getsockname(): AF_PACKET sockets take an interface name, and give back its name and index
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
<?php require __DIR__ . '/../inc/skipif_packet.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL);
/* no interface yet: index 0 has no name */
$a = 'kept';
$p = 'kept';
show('unbound', fn() => socket_getsockname($s, $a, $p));
var_dump($a, $p);
var_dump(socket_bind($s, 'lo'));
var_dump(socket_getsockname($s, $a, $p), $a, is_int($p) && $p > 0);
$lo = $p;
var_dump(socket_getsockname($s, $a), $a);
/* bound again, to the same interface; the port is not used */
var_dump(socket_bind($s, 'lo', 1234));
socket_getsockname($s, $a, $p);
var_dump($a, $p === $lo);
/* the name is a C string: it ends at its first NUL */
$t = socket_create(AF_PACKET, SOCK_DGRAM, ETH_P_IP);
var_dump(socket_bind($t, "lo\0and more"));
socket_getsockname($t, $a, $p);
var_dump($a, $p === $lo);
/* a name no interface has binds to every interface (index 0), as an empty name does */
foreach (['no-such-if0', '', '127.0.0.1', str_repeat('x', 40)] as $name) {
    $u = socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL);
    echo "bind '$name': ", var_export(socket_bind($u, $name), true), "\n";
    show('  then getsockname', fn() => socket_getsockname($u, $a));
}
/* no peer for packet sockets */
var_dump(socket_getpeername($s, $a, $p));
show_err('socket', $s);
/* connect, sendto and recvfrom take no packet addresses */
show('connect', fn() => socket_connect($s, 'lo', 0));
show('sendto', fn() => socket_sendto($s, str_repeat("\0", 14), 14, 0, 'lo', 0));
show('recvfrom', fn() => socket_recvfrom($s, $buf, 100, MSG_DONTWAIT, $from, $port));
/* recvfrom's length check comes first */
show('recvfrom length 0', fn() => socket_recvfrom($s, $buf, 0, 0, $from, $port));
/* a packet socket bound to lo with ETH_P_IP sees an IPv4 datagram sent over lo
 * (the EtherType went to the kernel in network order); ETH_P_LOOP sees none of it */
$ip = socket_create(AF_PACKET, SOCK_DGRAM, ETH_P_IP);
$none = socket_create(AF_PACKET, SOCK_DGRAM, ETH_P_LOOP);
socket_bind($ip, 'lo');
socket_bind($none, 'lo');
$udp = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($udp, '127.0.0.1', 0);
socket_getsockname($udp, $host, $port);
$token = 'ping' . bin2hex(random_bytes(8));
socket_sendto($udp, $token, strlen($token), 0, '127.0.0.1', $port);
/* other tests may send over lo meanwhile: frames are read until ours, within a deadline */
$seen = null;
$deadline = microtime(true) + 10;
while ($seen === null && microtime(true) < $deadline) {
    $r = [$ip];
    $w = $e = null;
    if (socket_select($r, $w, $e, 1) !== 1) {
        continue;
    }
    $n = socket_recv($ip, $frame, 2048, MSG_DONTWAIT);
    if ($n > 0 && str_ends_with($frame, $token)) {
        $seen = $frame;
    }
}
/* an IPv4 header (version 4), then UDP, then the payload */
var_dump($seen !== null && strlen($seen) >= 28 + strlen($token), $seen === null ? null : ord($seen[0]) >> 4);
var_dump(@socket_recv($none, $frame, 2048, MSG_DONTWAIT));
show_err('ETH_P_LOOP socket', $none);
?>
--EXPECTF--
unbound: Error: invalid interface index
string(4) "kept"
string(4) "kept"
bool(true)
bool(true)
string(2) "lo"
bool(true)
bool(true)
string(2) "lo"
bool(true)
string(2) "lo"
bool(true)
bool(true)
string(2) "lo"
bool(true)
bind 'no-such-if0': true
  then getsockname: Error: invalid interface index
bind '': true
  then getsockname: Error: invalid interface index
bind '127.0.0.1': true
  then getsockname: Error: invalid interface index
bind 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx': true
  then getsockname: Error: invalid interface index

Warning: socket_getpeername(): unable to retrieve peer name [95]: Operation not supported in %s on line %d
bool(false)
socket: 95 (Operation not supported)
connect: ValueError: socket_connect(): Argument #1 ($socket) must be one of AF_UNIX, AF_INET, or AF_INET6
sendto: ValueError: socket_sendto(): Argument #1 ($socket) must be one of AF_UNIX, AF_INET, or AF_INET6
recvfrom: ValueError: socket_recvfrom(): Argument #1 ($socket) must be one of AF_UNIX, AF_INET, or AF_INET6
recvfrom length 0: bool(false)
bool(true)
int(4)
bool(false)
ETH_P_LOOP socket: 11 (Resource temporarily unavailable)
