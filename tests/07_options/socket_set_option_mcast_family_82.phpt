--TEST--
tsp_sockets: socket_set_option(): multicast requests on a socket that is not AF_INET/AF_INET6: a warning and false (PHP 8.2 to 8.4)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php_pre85.inc'; ?>
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
--EXPECTF--

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
level 0, option 42: bool(false)

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
level 41, option 42: bool(false)

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
level 0, option 45: bool(false)

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
level 41, option 45: bool(false)

Warning: socket_set_option(): IP address used in the context of an unexpected type of socket in %s on line %d
source group: bool(false)
no group: ValueError: No key "group" passed in optval
socket: 0 (Success)
global: 0 (Success)
