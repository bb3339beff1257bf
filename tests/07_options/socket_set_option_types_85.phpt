--TEST--
tsp_sockets: socket_set_option(): string options take strings, multicast requests arrays, UDP_SEGMENT 0..65535 (PHP 8.5)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php85.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$v6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
$str = new class { public function __toString(): string { return 'lo'; } };
foreach ([5, null, true, 1.5, [], $str] as $v) {
    $name = is_object($v) ? 'Stringable' : json_encode($v);
    show("SO_BINDTODEVICE $name", fn() => socket_set_option($t, SOL_SOCKET, SO_BINDTODEVICE, $v));
    show("TCP_CONGESTION $name", fn() => socket_set_option($t, SOL_TCP, TCP_CONGESTION, $v));
}
/* strings still go to the kernel */
var_dump(socket_set_option($t, SOL_SOCKET, SO_BINDTODEVICE, 'lo'), socket_set_option($t, SOL_SOCKET, SO_BINDTODEVICE, ''));
show('TCP_CONGESTION "no-such-cc"', fn() => socket_set_option($t, SOL_TCP, TCP_CONGESTION, 'no-such-cc'));
/* the multicast requests want an array (or an object); the message names the leave option for all of them */
foreach ([MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP] as $opt) {
    foreach ([1, '224.0.0.1', null] as $v) {
        show("group option $opt, " . json_encode($v), fn() => socket_set_option($u, IPPROTO_IP, $opt, $v));
    }
}
foreach ([MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP, MCAST_BLOCK_SOURCE, MCAST_UNBLOCK_SOURCE] as $opt) {
    show("source option $opt", fn() => socket_set_option($v6, IPPROTO_IPV6, $opt, 1.5));
}
/* before the family is looked at */
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
show('unix socket, int', fn() => socket_set_option($pair[0], IPPROTO_IP, MCAST_JOIN_GROUP, 7));
/* an object is read like an array */
show('object without group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, new stdClass));
/* UDP_SEGMENT: the value cut to an int must be within 0..65535 */
foreach ([-1, 65536, PHP_INT_MAX, 4294967295] as $v) {
    show("UDP_SEGMENT $v", fn() => socket_set_option($u, SOL_UDP, UDP_SEGMENT, $v));
}
foreach ([0, 1400, 65535, 4294967296] as $v) {
    try {
        @socket_set_option($u, SOL_UDP, UDP_SEGMENT, $v);
        echo "UDP_SEGMENT $v: to the kernel\n";
    } catch (ValueError $e) {
        echo "UDP_SEGMENT $v: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
SO_BINDTODEVICE 5: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, int given
TCP_CONGESTION 5: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, int given
SO_BINDTODEVICE null: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, null given
TCP_CONGESTION null: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, null given
SO_BINDTODEVICE true: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, true given
TCP_CONGESTION true: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, true given
SO_BINDTODEVICE 1.5: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, float given
TCP_CONGESTION 1.5: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, float given
SO_BINDTODEVICE []: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, array given
TCP_CONGESTION []: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, array given
SO_BINDTODEVICE Stringable: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, class@anonymous given
TCP_CONGESTION Stringable: TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, class@anonymous given
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
TCP_CONGESTION "no-such-cc": bool(false)
group option 42, 1: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, int given
group option 42, "224.0.0.1": TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, string given
group option 42, null: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, null given
group option 45, 1: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, int given
group option 45, "224.0.0.1": TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, string given
group option 45, null: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, null given
source option 46: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, float given
source option 47: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, float given
source option 43: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, float given
source option 44: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_SOURCE_GROUP, float given
unix socket, int: TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, int given
object without group: ValueError: No key "group" passed in optval
UDP_SEGMENT -1: ValueError: socket_set_option(): Argument #4 ($value) must be of between 0 and 65535
UDP_SEGMENT 65536: ValueError: socket_set_option(): Argument #4 ($value) must be of between 0 and 65535
UDP_SEGMENT 9223372036854775807: ValueError: socket_set_option(): Argument #4 ($value) must be of between 0 and 65535
UDP_SEGMENT 4294967295: ValueError: socket_set_option(): Argument #4 ($value) must be of between 0 and 65535
UDP_SEGMENT 0: to the kernel
UDP_SEGMENT 1400: to the kernel
UDP_SEGMENT 65535: to the kernel
UDP_SEGMENT 4294967296: to the kernel
