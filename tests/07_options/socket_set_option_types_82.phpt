--TEST--
tsp_sockets: socket_set_option(): string options, multicast requests and UDP_SEGMENT with values of other types (PHP 8.2 to 8.4: converted)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */
require __DIR__ . '/../inc/skipif_php_pre85.inc';
?>
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
/* strings go to the kernel */
var_dump(socket_set_option($t, SOL_SOCKET, SO_BINDTODEVICE, 'lo'), socket_set_option($t, SOL_SOCKET, SO_BINDTODEVICE, ''));
show('TCP_CONGESTION "no-such-cc"', fn() => socket_set_option($t, SOL_TCP, TCP_CONGESTION, 'no-such-cc'));
/* a multicast request that is not an array is read as one */
foreach ([MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP] as $opt) {
    foreach ([1, '224.0.0.1', null] as $v) {
        show("group option $opt, " . json_encode($v), fn() => socket_set_option($u, IPPROTO_IP, $opt, $v));
    }
}
foreach ([MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP, MCAST_BLOCK_SOURCE, MCAST_UNBLOCK_SOURCE] as $opt) {
    show("source option $opt", fn() => socket_set_option($v6, IPPROTO_IPV6, $opt, 1.5));
}
/* on a socket of another family */
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
show('unix socket, int', fn() => socket_set_option($pair[0], IPPROTO_IP, MCAST_JOIN_GROUP, 7));
/* an object is read like an array */
show('object without group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, new stdClass));
/* UDP_SEGMENT: a plain int for the kernel */
foreach ([-1, 65536, PHP_INT_MAX, 4294967295, 0, 1400, 65535, 4294967296] as $v) {
    try {
        @socket_set_option($u, SOL_UDP, UDP_SEGMENT, $v);
        echo "UDP_SEGMENT $v: to the kernel\n";
    } catch (ValueError $e) {
        echo "UDP_SEGMENT $v: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
SO_BINDTODEVICE 5: bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
TCP_CONGESTION 5: bool(false)
SO_BINDTODEVICE null: bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
TCP_CONGESTION null: bool(false)
SO_BINDTODEVICE true: bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
TCP_CONGESTION true: bool(false)
SO_BINDTODEVICE 1.5: bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
TCP_CONGESTION 1.5: bool(false)
SO_BINDTODEVICE []: bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
TCP_CONGESTION []: bool(false)
SO_BINDTODEVICE Stringable: bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
TCP_CONGESTION Stringable: bool(false)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
TCP_CONGESTION "no-such-cc": bool(false)
group option 42, 1: ValueError: No key "group" passed in optval
group option 42, "224.0.0.1": ValueError: No key "group" passed in optval
group option 42, null: ValueError: No key "group" passed in optval
group option 45, 1: ValueError: No key "group" passed in optval
group option 45, "224.0.0.1": ValueError: No key "group" passed in optval
group option 45, null: ValueError: No key "group" passed in optval
source option 46: ValueError: No key "group" passed in optval
source option 47: ValueError: No key "group" passed in optval
source option 43: ValueError: No key "group" passed in optval
source option 44: ValueError: No key "group" passed in optval
unix socket, int: ValueError: No key "group" passed in optval
object without group: ValueError: No key "group" passed in optval
UDP_SEGMENT -1: to the kernel
UDP_SEGMENT 65536: to the kernel
UDP_SEGMENT 9223372036854775807: to the kernel
UDP_SEGMENT 4294967295: to the kernel
UDP_SEGMENT 0: to the kernel
UDP_SEGMENT 1400: to the kernel
UDP_SEGMENT 65535: to the kernel
UDP_SEGMENT 4294967296: to the kernel
