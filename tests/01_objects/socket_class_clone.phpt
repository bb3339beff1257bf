--TEST--
tsp_sockets: Socket objects cannot be cloned
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
throws('clone', fn() => clone $s);
var_dump((new ReflectionClass($s))->isCloneable());
socket_close($s);
throws('clone closed', fn() => clone $s);
?>
--EXPECT--
clone: Error: Trying to clone an uncloneable object of class Socket
bool(false)
clone closed: Error: Trying to clone an uncloneable object of class Socket
