--TEST--
tsp_sockets: socket_accept(): accepted socket and its addresses
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
$a = socket_accept($l);
var_dump(get_class($a), $a !== $l);
socket_getsockname($c, $caddr, $cport);
socket_getpeername($a, $paddr, $pport);
var_dump($paddr, $pport === $cport);
socket_getsockname($a, $saddr, $sport);
var_dump($saddr, $sport === $port);
var_dump(socket_get_option($a, SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
var_dump(socket_last_error($a));
/* data flows both ways */
var_dump(socket_write($c, "to server"), socket_read($a, 100));
var_dump(socket_write($a, "to client"), socket_read($c, 100));
/* several queued connections are accepted in order */
$clients = [];
for ($i = 0; $i < 3; $i++) {
    $clients[$i] = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($clients[$i], '127.0.0.1', $port);
    socket_write($clients[$i], "client $i");
}
for ($i = 0; $i < 3; $i++) {
    var_dump(socket_read(socket_accept($l), 100));
}
/* closing the listener does not affect accepted sockets */
socket_close($l);
var_dump(socket_write($a, "still"), socket_read($c, 100));
?>
--EXPECT--
bool(true)
string(6) "Socket"
bool(true)
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
int(0)
int(9)
string(9) "to server"
int(9)
string(9) "to client"
string(8) "client 0"
string(8) "client 1"
string(8) "client 2"
int(5)
string(5) "still"
