--TEST--
tsp_sockets: socket_create(): argument types
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
show('domain string', fn() => socket_create('x', SOCK_STREAM, 0));
show('type array', fn() => socket_create(AF_INET, [], 0));
show('protocol object', fn() => socket_create(AF_INET, SOCK_STREAM, new stdClass));
show('numeric strings', fn() => socket_create((string) AF_INET, (string) SOCK_STREAM, '0'));
show('float domain', fn() => socket_create(2.5, SOCK_STREAM, 0));
show('null type', fn() => socket_create(AF_INET, null, 0));
show('too few', fn() => socket_create(AF_INET, SOCK_STREAM));
show('too many', fn() => socket_create(AF_INET, SOCK_STREAM, 0, 1));
show('named args', fn() => socket_create(protocol: 0, type: SOCK_DGRAM, domain: AF_INET));
show('unknown named', fn() => socket_create(AF_INET, SOCK_STREAM, 0, flags: 1));
?>
--EXPECTF--
domain string: TypeError: socket_create(): Argument #1 ($domain) must be of type int, string given
type array: TypeError: socket_create(): Argument #2 ($type) must be of type int, array given
protocol object: TypeError: socket_create(): Argument #3 ($protocol) must be of type int, stdClass given
numeric strings: object(Socket)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line %d
float domain: object(Socket)

Deprecated: socket_create(): Passing null to parameter #2 ($type) of type int is deprecated in %s on line %d

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
null type: bool(false)
too few: ArgumentCountError: socket_create() expects exactly 3 arguments, 2 given
too many: ArgumentCountError: socket_create() expects exactly 3 arguments, 4 given
named args: object(Socket)
unknown named: Error: Unknown named parameter $flags
