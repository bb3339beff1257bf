<?php
// socket_set_option() with a structure value (IPV6_PKTINFO): the converter socket_sendmsg() uses, with its reference and __toString rules
require __DIR__ . '/../inc/util.inc';
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
class R { function __toString(): string { $GLOBALS['v'] = 5; return '::1'; } }
$v = ['addr' => new R, 'ifindex' => 0];
show('addr object replacing the value', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, $v));
$i = 0;
show('ifindex by reference', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => &$i]));
$ad = '::1';
show('addr by reference', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => &$ad, 'ifindex' => 0]));
show('ifindex missing', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1']));
show('not an array', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, 5));
show('ifindex float', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1.0]));
show('ifindex range', fn() => socket_set_option($u6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => -1]));
