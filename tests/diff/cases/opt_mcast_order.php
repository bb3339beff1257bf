<?php
require __DIR__ . '/../inc/util.inc';
// multicast requests: "group", then "source", then "interface", each checked as it is read
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
show('unix, no source', fn() => socket_set_option($x, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => '224.0.0.23', 'interface' => 'lo']));
show('unix, no group', fn() => socket_set_option($x, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['source' => '224.0.0.23']));
show('source unresolvable, interface bad', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '224.0.0.23', 'source' => 'no.such.host.invalid', 'interface' => 'nope']));
show('no source, group unresolvable', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => 'no.such.invalid', 'interface' => 1]));
show('no source, IPv6 group on AF_INET', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => 'ff02::1', 'interface' => 1]));
show('no source, AF_UNIX pair', fn() => socket_set_option($p[0], IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1']));
show('no source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'interface' => 'nosuch0']));
show('interface bad last', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'nosuch0']));
show('interface -1', fn() => socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => -1]));
$i = 1;
show('interface by reference', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => &$i]));
show('interface as string', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => '1']));
show('join', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => 1]));
show('join source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 1]));
