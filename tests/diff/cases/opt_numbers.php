<?php
require __DIR__ . '/../inc/util.inc';
// option numbers ext/sockets 8.2 has no constant (and no special case) for; levels and options beyond the int range
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
show('get SOL_SOCKET 17 is the pid', fn() => socket_get_option($p[0], SOL_SOCKET, 17) === getmypid());
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('set SOL_SOCKET 62 "1"', fn() => socket_set_option($t, SOL_SOCKET, 62, "1"));
show('get SOL_SOCKET 62', fn() => socket_get_option($t, SOL_SOCKET, 62));
show('set SOL_SOCKET 62 "lo"', fn() => socket_set_option($t, SOL_SOCKET, 62, "lo"));
show('set SOL_SOCKET 62 -5', fn() => socket_set_option($t, SOL_SOCKET, 62, -5));
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('MCAST_JOIN_GROUP at level 2**32', fn() => socket_set_option($u, 1 << 32, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => 1]));
show('SO_LINGER + 2**32', fn() => socket_get_option($u, SOL_SOCKET, (1 << 32) + SO_LINGER));
show('set SO_LINGER + 2**32', fn() => socket_set_option($u, SOL_SOCKET, (1 << 32) + SO_LINGER, ['l_onoff' => 1, 'l_linger' => 1]));
show('set SO_RCVTIMEO + 2**32', fn() => socket_set_option($u, SOL_SOCKET, (1 << 32) + SO_RCVTIMEO, 3));
show('SOL_SOCKET + 2**32, SO_RCVTIMEO', fn() => socket_get_option($u, SOL_SOCKET + (1 << 32), SO_RCVTIMEO));
show('IPPROTO_IP - 2**32, IP_MULTICAST_IF', fn() => socket_get_option($u, IPPROTO_IP - (1 << 32), IP_MULTICAST_IF));
show('IPPROTO_IP, IP_MULTICAST_TTL + 2**32, 300', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL + (1 << 32), 300));
show('IPPROTO_IP, MCAST_JOIN_GROUP + 2**32', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP + (1 << 32), ['group' => '224.0.0.2', 'interface' => 1]));
show('IPPROTO_IP, IP_MULTICAST_LOOP + 2**32 get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP + (1 << 32)));
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
show('IPPROTO_IPV6, IPV6_MULTICAST_HOPS + 2**32, 300', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS + (1 << 32), 300));
show('IPPROTO_IPV6, IPV6_MULTICAST_HOPS - 2**32, 3', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS - (1 << 32), 3));
show('IPPROTO_IPV6, IPV6_MULTICAST_HOPS get', fn() => socket_get_option($u6, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
show('IPPROTO_TCP, TCP_CONGESTION + 2**32 get', fn() => socket_get_option($t, IPPROTO_TCP, TCP_CONGESTION + (1 << 32)));
