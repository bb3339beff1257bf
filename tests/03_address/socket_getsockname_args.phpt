--TEST--
tsp_sockets: socket_getsockname(): argument handling
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
/* port is optional */
$addr = 'old';
var_dump(socket_getsockname($l, $addr), $addr);
$p = 'old';
var_dump(socket_getsockname($l, $addr, $p), $p === $port);
/* unbound IPv4 socket */
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_getsockname($u, $a, $pp), $a, $pp);
show('literal addr', fn() => socket_getsockname($l, 'x'));
show('missing addr', fn() => socket_getsockname($l));
show('not a socket', fn() => socket_getsockname(1, $a));
show('closed', function () use ($u) { socket_close($u); return socket_getsockname($u, $a); });
/* typed reference */
$o = new class { public int $addr = 0; };
show('typed ref', fn() => socket_getsockname($l, $o->addr));
?>
--EXPECTF--
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(7) "0.0.0.0"
int(0)
literal addr: Error: socket_getsockname(): Argument #2 ($address) c%s be passed by reference
missing addr: ArgumentCountError: socket_getsockname() expects at least 2 arguments, 1 given
not a socket: TypeError: socket_getsockname(): Argument #1 ($socket) must be of type Socket, int given
closed: Error: socket_getsockname(): Argument #1 ($socket) has already been closed
typed ref: TypeError: Cannot assign string to reference held by property class@anonymous::$addr of type int
