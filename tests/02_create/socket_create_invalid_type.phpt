--TEST--
tsp_sockets: socket_create(): type outside the SOCK_* set
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* 4 | SOCK_NONBLOCK: the flag is taken, as PHP 8.4 does; the kernel refuses SOCK_RDM */
foreach ([-1, 0, 4 | 0x800, 99, PHP_INT_MAX] as $t) {
    show("type $t", fn() => socket_create(AF_INET, $t, 0));
}
/* valid constants the kernel refuses for the family */
show('AF_INET/SOCK_RDM', fn() => socket_create(AF_INET, SOCK_RDM, 0));
show_err('global');
show('AF_INET/SOCK_SEQPACKET', fn() => socket_create(AF_INET, SOCK_SEQPACKET, 0));
?>
--EXPECTF--
Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
type -1: bool(false)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
type 0: bool(false)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
type 2052: bool(false)
type 99: ValueError: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
type 9223372036854775807: ValueError: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
AF_INET/SOCK_RDM: bool(false)
global: 94 (Socket type not supported)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
AF_INET/SOCK_SEQPACKET: bool(false)
