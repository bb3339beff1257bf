--TEST--
tsp_sockets: socket_create_pair(): bad domain, type, protocol and by-reference argument
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
show('domain 99', fn() => socket_create_pair(99, SOCK_STREAM, 0, $p));
show('type 99', fn() => socket_create_pair(AF_UNIX, 99, 0, $p));
$p = 'untouched';
show('AF_INET pair', function () use (&$p) { return socket_create_pair(AF_INET, SOCK_STREAM, 0, $p); });
var_dump($p);
show_err('global');
show('protocol 99', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 99, $p));
show_err('global');
show('domain string', fn() => socket_create_pair('x', SOCK_STREAM, 0, $p));
show('too few', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0));
show('literal pair', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0, []));
?>
--EXPECTF--
domain 99: ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
type 99: ValueError: socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S

Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line %d
AF_INET pair: bool(false)
string(9) "untouched"
global: 95 (Operation not supported)

Warning: socket_create_pair(): Unable to create socket pair [93]: Protocol not supported in %s on line %d
protocol 99: bool(false)
global: 93 (Protocol not supported)
domain string: TypeError: socket_create_pair(): Argument #1 ($domain) must be of type int, string given
too few: ArgumentCountError: socket_create_pair() expects exactly 4 arguments, 3 given
literal pair: Error: socket_create_pair(): Argument #4 ($pair) c%s be passed by reference
