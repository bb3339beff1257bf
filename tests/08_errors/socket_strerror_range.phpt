--TEST--
tsp_sockets: socket_strerror(): int range limits and values outside the C int range
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
show('INT_MAX', fn() => socket_strerror(2147483647));
show('INT_MIN', fn() => socket_strerror(-2147483648));
show('INT_MIN + 1', fn() => socket_strerror(-2147483647));
show('INT_MAX + 1', fn() => socket_strerror(2147483648));
show('INT_MIN - 1', fn() => socket_strerror(-2147483649));
show('PHP_INT_MAX', fn() => socket_strerror(PHP_INT_MAX));
show('PHP_INT_MIN', fn() => socket_strerror(PHP_INT_MIN));
show('string', fn() => socket_strerror('x'));
show('numeric string', fn() => socket_strerror('98'));
show('float', fn() => socket_strerror(1.5));
show('null', fn() => socket_strerror(null));
show('none', fn() => socket_strerror());
?>
--EXPECTF--
INT_MAX: string(24) "Unknown error 2147483647"
INT_MIN: string(22) "Unknown resolver error"
INT_MIN + 1: string(22) "Unknown resolver error"
INT_MAX + 1: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
INT_MIN - 1: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
PHP_INT_MAX: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
PHP_INT_MIN: ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
string: TypeError: socket_strerror(): Argument #1 ($error_code) must be of type int, string given
numeric string: string(22) "Address already in use"

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
float: string(23) "Operation not permitted"

Deprecated: socket_strerror(): Passing null to parameter #1 ($error_code) of type int is deprecated in %s on line %d
null: string(7) "Success"
none: ArgumentCountError: socket_strerror() expects exactly 1 argument, 0 given
