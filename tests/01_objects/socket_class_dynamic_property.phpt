--TEST--
tsp_sockets: Socket objects have no properties and reject dynamic ones
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
throws('set', function () use ($s) { $s->foo = 1; });
var_dump(isset($s->foo), property_exists($s, 'foo'), get_object_vars($s), (array) $s);
throws('read', fn() => $s->foo);
var_dump($s);
?>
--EXPECTF--
set: Error: Cannot create dynamic property Socket::$foo
bool(false)
bool(false)
array(0) {
}
array(0) {
}

Warning: Undefined property: Socket::$foo in %s on line %d
read: no exception
object(Socket)#%d (0) {
}
