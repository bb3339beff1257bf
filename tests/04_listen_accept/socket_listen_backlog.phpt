--TEST--
tsp_sockets: socket_listen(): backlog values including above SOMAXCONN
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
foreach ([0, 1, -1, 128, 100000, PHP_INT_MAX, PHP_INT_MIN] as $b) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($s, '127.0.0.1', 0);
    show("backlog $b", fn() => socket_listen($s, $b));
    socket_getsockname($s, $a, $port);
    $c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    echo '  connect: ', var_export(socket_connect($c, '127.0.0.1', $port), true),
        ', accept: ', get_class(socket_accept($s)), "\n";
}
/* backlog defaults to 0 */
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
var_dump(socket_listen($s));
/* listening again changes nothing */
var_dump(socket_listen($s, 5));
show('string backlog', fn() => socket_listen($s, 'x'));
show('float backlog', fn() => socket_listen($s, 1.5));
?>
--EXPECTF--
backlog 0: bool(true)
  connect: true, accept: Socket
backlog 1: bool(true)
  connect: true, accept: Socket
backlog -1: bool(true)
  connect: true, accept: Socket
backlog 128: bool(true)
  connect: true, accept: Socket
backlog 100000: bool(true)
  connect: true, accept: Socket
backlog 9223372036854775807: bool(true)
  connect: true, accept: Socket
backlog -9223372036854775808: bool(true)
  connect: true, accept: Socket
bool(true)
bool(true)
string backlog: TypeError: socket_listen(): Argument #2 ($backlog) must be of type int, string given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
float backlog: bool(true)
