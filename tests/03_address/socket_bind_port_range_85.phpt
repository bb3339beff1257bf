--TEST--
tsp_sockets: socket_bind(): ports outside 0..65535 are a ValueError (PHP 8.5)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */
require __DIR__ . '/../inc/skipif_php85.inc';
?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* PHP 8.5: outside 0..65535 is a ValueError, checked before the address and
 * the family, and the socket stays unbound */
foreach ([65536, -65536, 131072, 65536 * 1000, -1, PHP_INT_MAX, PHP_INT_MIN] as $p) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    show("port $p", fn() => socket_bind($s, 'no-such-host.invalid', $p));
    socket_getsockname($s, $addr, $port);
    echo "  still unbound: $addr $port\n";
}
show('unix, port 65536', fn() => socket_bind(socket_create(AF_UNIX, SOCK_STREAM, 0), str_repeat('p', 200), 65536));
show('ipv6, port -1', fn() => socket_bind(socket_create(AF_INET6, SOCK_STREAM, 0), '::1', -1));
/* the ends of the range */
[$l, $lport] = tcp_listener();
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '127.0.0.1', $lport));
var_dump(socket_bind(socket_create(AF_INET, SOCK_DGRAM, 0), '127.0.0.1', 0));
show('string port', fn() => socket_bind($s, '127.0.0.1', 'x'));
show('float port', fn() => socket_bind($s, '127.0.0.1', 1.5));
show('array addr', fn() => socket_bind($s, [], 0));
show('null addr', fn() => socket_bind($s, null, 0));
show('no addr', fn() => socket_bind($s));
show('closed', function () { $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($c); return socket_bind($c, '127.0.0.1', 0); });
show('stream', fn() => socket_bind(STDOUT, '127.0.0.1', 0));
?>
--EXPECTF--
port 65536: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
  still unbound: 0.0.0.0 0
port -65536: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
  still unbound: 0.0.0.0 0
port 131072: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
  still unbound: 0.0.0.0 0
port 65536000: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
  still unbound: 0.0.0.0 0
port -1: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
  still unbound: 0.0.0.0 0
port 9223372036854775807: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
  still unbound: 0.0.0.0 0
port -9223372036854775808: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
  still unbound: 0.0.0.0 0
unix, port 65536: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
ipv6, port -1: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
string port: TypeError: socket_bind(): Argument #3 ($port) must be of type int, string given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
float port: bool(true)
array addr: TypeError: socket_bind(): Argument #2 ($address) must be of type string, array given

Deprecated: socket_bind(): Passing null to parameter #2 ($address) of type string is deprecated in %s on line %d

Warning: socket_bind(): Host lookup failed [-10003]: Unknown server error in %s on line %d
null addr: bool(false)
no addr: ArgumentCountError: socket_bind() expects at least 2 arguments, 1 given
closed: Error: socket_bind(): Argument #1 ($socket) has already been closed
stream: TypeError: socket_bind(): Argument #1 ($socket) must be of type Socket, resource given
