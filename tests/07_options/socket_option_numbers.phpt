--TEST--
tsp_sockets: socket_get_option()/socket_set_option(): numbers ext/sockets has no special case for are plain ints; levels and options beyond the int range match none
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
/* SO_PEERCRED (17): an int, the first field of struct ucred (the peer's pid) */
show('SO_PEERCRED', fn() => socket_get_option($p[0], SOL_SOCKET, SO_PEERCRED) === getmypid());
show('17', fn() => socket_get_option($p[0], SOL_SOCKET, 17) === getmypid());
/* SO_BINDTOIFINDEX (62): an int like any other, so "1" is 1 and a name is 0 */
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('62 "1"', fn() => socket_set_option($t, SOL_SOCKET, 62, "1"));
show('62 get', fn() => socket_get_option($t, SOL_SOCKET, 62));
show('62 "lo" (0: unbinds)', fn() => socket_set_option($t, SOL_SOCKET, 62, "lo"));
show('62 get', fn() => socket_get_option($t, SOL_SOCKET, 62));
/* beyond the int range: no special case, the kernel gets the number cut to an int */
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('MCAST_JOIN_GROUP at level 2**32 (level 0 = IPPROTO_IP, an int value)', fn() => socket_set_option($u, 1 << 32, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => 1]));
show('SO_LINGER + 2**32: an int', fn() => socket_get_option($u, SOL_SOCKET, (1 << 32) + SO_LINGER));
show('SO_RCVTIMEO + 2**32 set: an int value', fn() => socket_set_option($u, SOL_SOCKET, (1 << 32) + SO_RCVTIMEO, 5));
show('SO_RCVTIMEO still unset', fn() => socket_get_option($u, SOL_SOCKET, SO_RCVTIMEO));
show('SOL_SOCKET - 2**32 with SO_LINGER', fn() => socket_get_option($u, SOL_SOCKET - (1 << 32), SO_LINGER));
?>
--EXPECTF--
SO_PEERCRED: bool(true)
17: bool(true)
62 "1": bool(true)
62 get: int(1)
62 "lo" (0: unbinds): bool(true)
62 get: int(0)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
MCAST_JOIN_GROUP at level 2**32 (level 0 = IPPROTO_IP, an int value): bool(false)
SO_LINGER + 2**32: an int: int(0)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
SO_RCVTIMEO + 2**32 set: an int value: bool(false)
SO_RCVTIMEO still unset: array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
SOL_SOCKET - 2**32 with SO_LINGER: int(0)
