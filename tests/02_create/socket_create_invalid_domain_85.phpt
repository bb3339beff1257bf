--TEST--
tsp_sockets: socket_create(): domain outside AF_UNIX/AF_PACKET/AF_INET/AF_INET6 (PHP 8.5: the list names AF_PACKET)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php85.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
foreach ([-1, 0, 3, 99, PHP_INT_MAX, PHP_INT_MIN] as $d) {
    show("domain $d", fn() => socket_create($d, SOCK_STREAM, 0));
}
show_err('global');
?>
--EXPECT--
domain -1: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
domain 0: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
domain 3: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
domain 99: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
domain 9223372036854775807: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
domain -9223372036854775808: ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
global: 0 (Success)
