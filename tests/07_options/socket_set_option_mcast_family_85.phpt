--TEST--
tsp_sockets: socket_set_option(): multicast requests on a socket that is not AF_INET/AF_INET6 are a ValueError (PHP 8.5)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php85.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
foreach ([MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP] as $opt) {
    foreach ([IPPROTO_IP, IPPROTO_IPV6] as $level) {
        show("level $level, option $opt", fn() => socket_set_option($p[0], $level, $opt, ['group' => '224.0.0.1', 'interface' => 0]));
    }
}
show('source group', fn() => socket_set_option($p[0], IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1']));
/* the group key is looked for first */
show('no group', fn() => socket_set_option($p[0], IPPROTO_IP, MCAST_JOIN_GROUP, ['interface' => 0]));
show_err('socket', $p[0]);
show_err('global');
?>
--EXPECT--
level 0, option 42: ValueError: IP address used in the context of an unexpected type of socket
level 41, option 42: ValueError: IP address used in the context of an unexpected type of socket
level 0, option 45: ValueError: IP address used in the context of an unexpected type of socket
level 41, option 45: ValueError: IP address used in the context of an unexpected type of socket
source group: ValueError: IP address used in the context of an unexpected type of socket
no group: ValueError: No key "group" passed in optval
socket: 0 (Success)
global: 0 (Success)
