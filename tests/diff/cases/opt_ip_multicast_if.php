<?php
require __DIR__ . '/../inc/util.inc';
// IP_MULTICAST_IF: interfaces looked up through the socket
foreach ([[AF_INET6, SOCK_DGRAM, 'lo'], [AF_INET6, SOCK_STREAM, 'lo'], [AF_UNIX, SOCK_DGRAM, 'lo'],
          [AF_INET, SOCK_DGRAM, 99], [AF_INET, SOCK_DGRAM, 999], [AF_INET, SOCK_DGRAM, 'lo'], [AF_INET, SOCK_STREAM, 0]] as [$d, $t, $if]) {
    $s = socket_create($d, $t, 0);
    show("set $d/$t/$if", fn() => socket_set_option($s, IPPROTO_IP, IP_MULTICAST_IF, $if));
    show_err('err', $s);
    show("get $d/$t", fn() => socket_get_option($s, IPPROTO_IP, IP_MULTICAST_IF));
}
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('set "1"', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, '1'));
show('set -1', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, -1));
show('set 2**32', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1 << 32));
show('set null', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, null));
show('set 1', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1));
show('get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
