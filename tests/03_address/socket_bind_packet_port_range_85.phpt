--TEST--
tsp_sockets: socket_bind(): an AF_PACKET socket's port is checked for the range too, then not used (PHP 8.5)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_php85.inc';
require __DIR__ . '/../inc/skipif_packet.inc';
?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL);
show('port 65536', fn() => socket_bind($s, 'lo', 65536));
show('port -1', fn() => socket_bind($s, 'lo', -1));
show('still unbound', fn() => socket_getsockname($s, $a));
var_dump(socket_bind($s, 'lo', 65535));
socket_getsockname($s, $a);
var_dump($a);
?>
--EXPECT--
port 65536: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
port -1: ValueError: socket_bind(): Argument #3 ($port) must be between 0 and 65535
still unbound: Error: invalid interface index
bool(true)
string(2) "lo"
