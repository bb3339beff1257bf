--TEST--
tsp_sockets: socket_bind(): ports outside 0..65535 are truncated to 16 bits (PHP 8.2 to 8.4)
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
/* 65536, -65536 and 131072 all truncate to 0 (ephemeral) */
foreach ([65536, -65536, 131072, 65536 * 1000] as $p) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    $r = socket_bind($s, '127.0.0.1', $p);
    socket_getsockname($s, $addr, $port);
    echo "port $p: ", var_export($r, true), ' ', $addr, ' ', port_shape($port), "\n";
}
/* truncation maps onto a port in use: 65536 + port */
[$l, $lport] = tcp_listener();
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, '127.0.0.1', 65536 + $lport));
show('string port', fn() => socket_bind($s, '127.0.0.1', 'x'));
show('float port', fn() => socket_bind($s, '127.0.0.1', 1.5));
show('array addr', fn() => socket_bind($s, [], 0));
show('null addr', fn() => socket_bind($s, null, 0));
show('no addr', fn() => socket_bind($s));
show('closed', function () { $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($c); return socket_bind($c, '127.0.0.1', 0); });
show('stream', fn() => socket_bind(STDOUT, '127.0.0.1', 0));
?>
--EXPECTF--
port 65536: true 127.0.0.1 int(port)
port -65536: true 127.0.0.1 int(port)
port 131072: true 127.0.0.1 int(port)
port 65536000: true 127.0.0.1 int(port)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
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
