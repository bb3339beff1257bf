--TEST--
tsp_sockets: socket_create_listen(): port and backlog values (PHP 8.5: ports outside 0..65535 are a ValueError)
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
/* PHP 8.5: a port outside 0..65535 is a ValueError, before any socket is made */
foreach ([65536, -65536, 131072, -1, PHP_INT_MAX, PHP_INT_MIN] as $p) {
    show("port $p", fn() => socket_create_listen($p, -1));
}
show_err('after the ValueErrors');
/* the ends of the range */
show('port 0', function () {
    socket_getsockname(socket_create_listen(0), $a, $port);
    return [$a, port_shape($port)];
});
/* any backlog is accepted: the kernel clamps it */
foreach ([0, -5, 1, 1 << 20, PHP_INT_MAX] as $b) {
    show("backlog $b", fn() => socket_create_listen(0, $b));
}
/* the port in use */
$busy = socket_create_listen(0);
socket_getsockname($busy, $a, $port);
show('port in use', fn() => socket_create_listen($port));
show_err('global');
show('string port', fn() => socket_create_listen('x'));
show('string backlog', fn() => socket_create_listen(0, 'x'));
show('no args', fn() => socket_create_listen());
?>
--EXPECTF--
port 65536: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
port -65536: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
port 131072: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
port -1: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
port 9223372036854775807: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
port -9223372036854775808: ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
after the ValueErrors: 0 (Success)
port 0: array(2) {
  [0]=>
  string(7) "0.0.0.0"
  [1]=>
  string(9) "int(port)"
}
backlog 0: object(Socket)
backlog -5: object(Socket)
backlog 1: object(Socket)
backlog 1048576: object(Socket)
backlog 9223372036854775807: object(Socket)

Warning: socket_create_listen(): unable to bind to given address [98]: Address already in use in %s on line %d
port in use: bool(false)
global: 98 (Address already in use)
string port: TypeError: socket_create_listen(): Argument #1 ($port) must be of type int, string given
string backlog: TypeError: socket_create_listen(): Argument #2 ($backlog) must be of type int, string given
no args: ArgumentCountError: socket_create_listen() expects at least 1 argument, 0 given
