<?php
// socket_set_option() with values of every type for the string options, the multicast requests, UDP_SEGMENT (103) and the plain ints, on sockets of each family
require __DIR__ . '/../inc/util.inc';
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$v6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
$values = ['int' => 7, 'null' => null, 'bool' => false, 'float' => 2.5, 'string' => 'lo', 'empty' => '', 'array' => [], 'group' => ['group' => '224.0.0.1', 'interface' => 0], 'object' => new ArrayObject([])];
$opts = [
    'SO_BINDTODEVICE' => [$t, SOL_SOCKET, SO_BINDTODEVICE],
    'TCP_CONGESTION' => [$t, SOL_TCP, TCP_CONGESTION],
    'MCAST_JOIN_GROUP v4' => [$u, IPPROTO_IP, MCAST_JOIN_GROUP],
    'MCAST_LEAVE_GROUP v4' => [$u, IPPROTO_IP, MCAST_LEAVE_GROUP],
    'MCAST_JOIN_GROUP v6 level' => [$v6, IPPROTO_IPV6, MCAST_JOIN_GROUP],
    'MCAST_BLOCK_SOURCE' => [$u, IPPROTO_IP, MCAST_BLOCK_SOURCE],
    'MCAST_JOIN_GROUP unix' => [$pair[0], IPPROTO_IP, MCAST_JOIN_GROUP],
    'MCAST_JOIN_SOURCE_GROUP unix' => [$pair[0], IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP],
    'SO_KEEPALIVE' => [$t, SOL_SOCKET, SO_KEEPALIVE],
    'SO_BUSY_POLL (46)' => [$t, SOL_SOCKET, 46],
];
foreach ($opts as $name => [$s, $level, $opt]) {
    foreach ($values as $vn => $v) {
        show("$name, $vn", fn() => socket_set_option($s, $level, $opt, $v));
    }
}
/* UDP_SEGMENT by number: the segment size of UDP offload */
foreach ([-1, 0, 1400, 65535, 65536, 4294967295, 4294967296, PHP_INT_MAX, 'x', null] as $v) {
    try {
        $r = @socket_set_option($u, SOL_UDP, 103, $v);
        echo 'UDP_SEGMENT ', json_encode($v), ": to the kernel\n";
    } catch (Throwable $e) {
        echo 'UDP_SEGMENT ', json_encode($v), ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(socket_get_option($t, SOL_SOCKET, SO_KEEPALIVE), socket_get_option($t, SOL_SOCKET, 46));
