--TEST--
tsp_sockets: socket_recvfrom(): a length below 1 or above PHP_INT_MAX - 1 is false at once, before the family and the port
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* an unbound, blocking AF_UNIX datagram socket: a receive would wait for ever */
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_clear_error();
$t = microtime(true);
foreach ([PHP_INT_MAX, -1, 0, PHP_INT_MIN] as $len) {
    $buf = $from = 'untouched';
    show("unix $len", fn() => socket_recvfrom($u, $buf, $len, 0, $from));
    echo '  ', $buf, ' ', $from, "\n";
}
var_dump(microtime(true) - $t < 1.0);
show_err('no error recorded', $u);
/* the length comes before the missing port of an AF_INET socket */
$i = socket_create(AF_INET, SOCK_DGRAM, 0);
show('inet, no port, PHP_INT_MAX', fn() => socket_recvfrom($i, $buf, PHP_INT_MAX, 0, $from));
show('inet, no port, 10', fn() => socket_recvfrom($i, $buf, 10, 0, $from));
/* a datagram waiting is not taken by a refused length */
socket_bind($i, '127.0.0.1', 0);
socket_getsockname($i, $addr, $port);
$o = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_sendto($o, 'datagram', 8, 0, '127.0.0.1', $port);
show('PHP_INT_MAX with a datagram waiting', fn() => socket_recvfrom($i, $buf, PHP_INT_MAX, 0, $from, $p));
show('then a real length', fn() => [socket_recvfrom($i, $buf, 100, 0, $from, $p), $buf, $from]);
?>
--EXPECT--
unix 9223372036854775807: bool(false)
  untouched untouched
unix -1: bool(false)
  untouched untouched
unix 0: bool(false)
  untouched untouched
unix -9223372036854775808: bool(false)
  untouched untouched
bool(true)
no error recorded: 0 (Success)
inet, no port, PHP_INT_MAX: bool(false)
inet, no port, 10: ArgumentCountError: Wrong parameter count for socket_recvfrom()
PHP_INT_MAX with a datagram waiting: bool(false)
then a real length: array(3) {
  [0]=>
  int(8)
  [1]=>
  string(8) "datagram"
  [2]=>
  string(9) "127.0.0.1"
}
