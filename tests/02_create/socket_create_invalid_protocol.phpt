--TEST--
tsp_sockets: socket_create(): protocol the kernel rejects
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
show('proto 9999', fn() => socket_create(AF_INET, SOCK_STREAM, 9999));
show_err('global');
show('proto -1', fn() => socket_create(AF_INET, SOCK_STREAM, -1));
show('proto PHP_INT_MAX', fn() => socket_create(AF_INET, SOCK_STREAM, PHP_INT_MAX));
show('AF_UNIX with SOL_TCP', fn() => socket_create(AF_UNIX, SOCK_STREAM, SOL_TCP));
show_err('global');
show('AF_INET stream with SOL_UDP', fn() => socket_create(AF_INET, SOCK_STREAM, SOL_UDP));
show_err('global');
/* a later success does not reset the global error */
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show_err('global after success');
show_err('new socket', $s);
?>
--EXPECTF--
Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
proto 9999: bool(false)
global: 22 (Invalid argument)

Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
proto -1: bool(false)

Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
proto PHP_INT_MAX: bool(false)

Warning: socket_create(): Unable to create socket [93]: Protocol not supported in %s on line %d
AF_UNIX with SOL_TCP: bool(false)
global: 93 (Protocol not supported)

Warning: socket_create(): Unable to create socket [93]: Protocol not supported in %s on line %d
AF_INET stream with SOL_UDP: bool(false)
global: 93 (Protocol not supported)
global after success: 93 (Protocol not supported)
new socket: 0 (Success)
