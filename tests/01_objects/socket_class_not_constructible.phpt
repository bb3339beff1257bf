--TEST--
tsp_sockets: Socket class is final and cannot be constructed directly
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$rc = new ReflectionClass('Socket');
var_dump($rc->isFinal(), $rc->isInternal(), $rc->getParentClass(), $rc->getInterfaceNames());
var_dump($rc->getProperties(), $rc->getConstructor() === null ? 'no ctor' : 'ctor');
throws('new Socket', fn() => new Socket());
throws('newInstance', fn() => $rc->newInstance());
throws('newInstanceWithoutConstructor', fn() => $rc->newInstanceWithoutConstructor());
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($s instanceof Socket, get_class($s));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
array(0) {
}
array(0) {
}
string(7) "no ctor"
new Socket: Error: Cannot directly construct Socket, use socket_create() instead
newInstance: Error: Cannot directly construct Socket, use socket_create() instead
newInstanceWithoutConstructor: ReflectionException: Class Socket is an internal class marked as final that cannot be instantiated without invoking its constructor
bool(true)
string(6) "Socket"
