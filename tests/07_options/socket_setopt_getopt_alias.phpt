--TEST--
tsp_sockets: socket_setopt()/socket_getopt(): aliases of socket_set_option()/socket_get_option()
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_getopt($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(socket_setopt($s, SOL_SOCKET, SO_KEEPALIVE, 1));
var_dump(socket_getopt($s, SOL_SOCKET, SO_KEEPALIVE), socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(socket_setopt($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 3]));
var_dump(socket_getopt($s, SOL_SOCKET, SO_LINGER));
show('setopt missing key', fn() => socket_setopt($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1]));
show('setopt closed', function () { $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x); return socket_setopt($x, SOL_SOCKET, SO_KEEPALIVE, 1); });
show('getopt closed', function () { $x = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_close($x); return socket_getopt($x, SOL_SOCKET, SO_KEEPALIVE); });
show('getopt type', fn() => socket_getopt($s, 'x', 1));
var_dump(socket_setopt($s, SOL_SOCKET, 9999, 1));
$f = new ReflectionFunction('socket_setopt');
var_dump($f->getName(), $f->getNumberOfParameters(), $f->getParameters()[3]->getName());
$g = new ReflectionFunction('socket_getopt');
var_dump($g->getName(), $g->getNumberOfParameters());
?>
--EXPECTF--
int(0)
bool(true)
int(1)
int(1)
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(3)
}
setopt missing key: ValueError: socket_setopt(): Argument #4 ($value) must have key "usec"
setopt closed: Error: socket_setopt(): Argument #1 ($socket) has already been closed
getopt closed: Error: socket_getopt(): Argument #1 ($socket) has already been closed
getopt type: TypeError: socket_getopt(): Argument #2 ($level) must be of type int, string given

Warning: socket_setopt(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
string(13) "socket_setopt"
int(4)
string(5) "value"
string(13) "socket_getopt"
int(3)
