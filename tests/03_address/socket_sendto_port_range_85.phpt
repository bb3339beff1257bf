--TEST--
tsp_sockets: socket_sendto(): ports outside 0..65535 are a ValueError, checked before the length and the family (PHP 8.5)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php85.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach ([65536, -1, PHP_INT_MAX, PHP_INT_MIN] as $p) {
    show("port $p", fn() => socket_sendto($u, 'x', 1, 0, '127.0.0.1', $p));
}
/* before the length */
show('port 65536, length -1', fn() => socket_sendto($u, 'x', -1, 0, '127.0.0.1', 65536));
/* on every family, the unix one (which takes no port) included */
show('ipv6, port 65536', fn() => socket_sendto(socket_create(AF_INET6, SOCK_DGRAM, 0), 'x', 1, 0, '::1', 65536));
show('unix, port -1', fn() => socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), 'x', 1, 0, '/no/such/path', -1));
show('unix, port -1, long path', fn() => socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), 'x', 1, 0, str_repeat('p', 200), -1));
/* a null port is not checked: the family's own rule answers */
show('port null', fn() => socket_sendto($u, 'x', 1, 0, '127.0.0.1', null));
show('unix, port null', fn() => @socket_sendto(socket_create(AF_UNIX, SOCK_DGRAM, 0), 'x', 1, 0, '/no/such/path'));
/* after the closed check */
show('closed', function () { $c = socket_create(AF_INET, SOCK_DGRAM, 0); socket_close($c); return socket_sendto($c, 'x', 1, 0, '127.0.0.1', -1); });
/* the ends of the range */
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, '127.0.0.1', 0);
socket_getsockname($r, $host, $port);
var_dump(socket_sendto($u, 'ok', 2, 0, '127.0.0.1', $port), socket_recv($r, $buf, 10, 0), $buf);
var_dump(socket_sendto($u, 'x', 1, 0, '127.0.0.1', 65535));
/* socket_connect() does not check its port */
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_connect($c, '127.0.0.1', 65536 + $port));
socket_getpeername($c, $host, $peer);
var_dump($peer === $port);
?>
--EXPECT--
port 65536: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
port -1: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
port 9223372036854775807: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
port -9223372036854775808: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
port 65536, length -1: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
ipv6, port 65536: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
unix, port -1: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
unix, port -1, long path: ValueError: socket_sendto(): Argument #6 ($port) must be between 0 and 65535
port null: ValueError: socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
unix, port null: bool(false)
closed: Error: socket_sendto(): Argument #1 ($socket) has already been closed
int(2)
int(2)
string(2) "ok"
int(1)
bool(true)
bool(true)
