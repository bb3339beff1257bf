--TEST--
tsp_sockets: socket_set_option(): multicast requests read "group", then "source", then "interface", each checked as it is read
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
/* the group is resolved before "source" is looked for */
show('no source, group unresolvable', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => 'no.such.host.invalid', 'interface' => 1]));
show('no source, IPv6 group on AF_INET', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => 'ff02::1', 'interface' => 1]));
/* the family is checked with the group's address, before "source": a warning
 * and false before PHP 8.5, a ValueError from 8.5 on (socket_set_option_mcast_family_*.phpt) */
show('no source, AF_UNIX socket', function () use ($p) {
    try {
        $r = @socket_set_option($p[0], IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1']);
        return $r === false ? error_get_last()['message'] : $r;
    } catch (ValueError $e) {
        return $e->getMessage();
    }
});
show('no group, AF_UNIX socket', fn() => socket_set_option($p[0], IPPROTO_IP, MCAST_JOIN_GROUP, ['interface' => 1]));
/* then the missing source */
show('no source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => '232.1.1.1', 'interface' => 'nosuch0']));
/* the source is resolved before the interface is */
show('bad source and bad interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => 'bad.invalid', 'interface' => 'nosuch0']));
show('bad interface last', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'nosuch0']));
show('interface index out of range', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => -1]));
/* only an int itself is an index: a reference to one is read as a name */
$i = 1;
show('interface by reference', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => &$i]));
show('interface index', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => $i]));
?>
--EXPECTF--

Warning: socket_set_option(): Host lookup failed [%i]: %s in %s on line %d
no source, group unresolvable: bool(false)

Warning: socket_set_option(): Host lookup failed [%i]: %s in %s on line %d
no source, IPv6 group on AF_INET: bool(false)
no source, AF_UNIX socket: string(%d) "%SIP address used in the context of an unexpected type of socket"
no group, AF_UNIX socket: ValueError: No key "group" passed in optval
no source: ValueError: No key "source" passed in optval

Warning: socket_set_option(): Host lookup failed [%i]: %s in %s on line %d
bad source and bad interface: bool(false)

Warning: socket_set_option(): No interface with name "nosuch0" could be found in %s on line %d
bad interface last: bool(false)
interface index out of range: ValueError: Index must be between 0 and 4294967295

Warning: socket_set_option(): No interface with name "1" could be found in %s on line %d
interface by reference: bool(false)
interface index: bool(true)
