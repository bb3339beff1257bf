<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
show('v6only initial', fn() => socket_get_option($s, IPPROTO_IPV6, IPV6_V6ONLY));
foreach ([1, 0, 2, '1', 'x', true, null, []] as $v) {
    show('set ' . json_encode($v), fn() => socket_set_option($s, IPPROTO_IPV6, IPV6_V6ONLY, $v));
    show('get', fn() => socket_get_option($s, IPPROTO_IPV6, IPV6_V6ONLY));
}
socket_set_option($s, IPPROTO_IPV6, IPV6_V6ONLY, 1);
show('bind v4-mapped with v6only', fn() => socket_bind($s, '::ffff:127.0.0.1', 0));
show_err('err', $s);
$s2 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
socket_bind($s2, '::1', 0);
show('set v6only after bind', fn() => socket_set_option($s2, IPPROTO_IPV6, IPV6_V6ONLY, 1));
show_err('err', $s2);
$v4 = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('v6only on v4 socket get', fn() => socket_get_option($v4, IPPROTO_IPV6, IPV6_V6ONLY));
show('v6only on v4 socket set', fn() => socket_set_option($v4, IPPROTO_IPV6, IPV6_V6ONLY, 1));
show_err('err', $v4);
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
show('udp6 v6only', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_V6ONLY, 1));
show('udp6 v6only get', fn() => socket_get_option($u6, IPPROTO_IPV6, IPV6_V6ONLY));
show('udp6 unicast hops get', fn() => socket_get_option($u6, IPPROTO_IPV6, IPV6_UNICAST_HOPS));
show('v6only via setopt alias', fn() => socket_setopt($u6, IPPROTO_IPV6, IPV6_V6ONLY, 0));
show('v6only via getopt alias', fn() => socket_getopt($u6, IPPROTO_IPV6, IPV6_V6ONLY));
$x = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('unix v6only', fn() => socket_get_option($x, IPPROTO_IPV6, IPV6_V6ONLY));
