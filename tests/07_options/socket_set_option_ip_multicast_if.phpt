--TEST--
tsp_sockets: socket_set_option()/socket_get_option(): IP_MULTICAST_IF looks interfaces up through the socket, with ext/sockets' warnings
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc';
if (!@socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP)) die('skip AF_INET6 sockets needed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$lo = 'lo';
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_clear_error();
/* no such interface: the lookup's errno (ENODEV), not recorded as the socket's error */
show('index 999999', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 999999));
show_err('socket error', $u);
/* by name, by index, and back */
show('set lo', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, $lo));
show('get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF) === socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
show('get is the index of lo', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF) > 0);
show('set 0 (any)', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 0));
show('get 0', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
/* the address lookup is an IPv4 interface ioctl on this socket: other families fail it (ENOTTY) */
$u6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
show('AF_INET6 socket', fn() => socket_set_option($u6, IPPROTO_IP, IP_MULTICAST_IF, $lo));
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
show('AF_UNIX socket', fn() => socket_set_option($p[0], IPPROTO_IP, IP_MULTICAST_IF, $lo));
show_err('socket error', $p[0]);
/* values that are not an index are names */
show('"1"', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, '1'));
show('-1', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, -1));
?>
--EXPECTF--

Warning: socket_set_option(): Failed obtaining address for interface 999999: error 19 in %s on line %d
index 999999: bool(false)
socket error: 0 (Success)
set lo: bool(true)
get: bool(true)
get is the index of lo: bool(true)
set 0 (any): bool(true)
get 0: int(0)

Warning: socket_set_option(): Failed obtaining address for interface %d: error 25 in %s on line %d
AF_INET6 socket: bool(false)

Warning: socket_set_option(): Failed obtaining address for interface %d: error 25 in %s on line %d
AF_UNIX socket: bool(false)
socket error: 0 (Success)

Warning: socket_set_option(): No interface with name "1" could be found in %s on line %d
"1": bool(false)
-1: ValueError: Index must be between 0 and 4294967295
