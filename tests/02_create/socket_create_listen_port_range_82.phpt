--TEST--
tsp_sockets: socket_create_listen(): port and backlog values (PHP 8.2 to 8.4: ports cut to 16 bits)
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
/* ports are truncated to 16 bits: these all mean port 0 (ephemeral) */
foreach ([65536, -65536, 131072] as $p) {
    show("port $p", function () use ($p) {
        $s = socket_create_listen($p);
        socket_getsockname($s, $a, $port);
        return [$a, port_shape($port)];
    });
}
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
port 65536: array(2) {
  [0]=>
  string(7) "0.0.0.0"
  [1]=>
  string(9) "int(port)"
}
port -65536: array(2) {
  [0]=>
  string(7) "0.0.0.0"
  [1]=>
  string(9) "int(port)"
}
port 131072: array(2) {
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
