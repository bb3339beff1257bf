--TEST--
tsp_sockets: Socket objects under casts and as array keys
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
throws('string cast', fn() => (string) $s);
var_dump((bool) $s);
var_dump((int) $s);
var_dump((array) $s);
throws('array key', fn() => [$s => 1]);
var_dump(is_resource($s), is_object($s), spl_object_id($s) > 0);
?>
--EXPECTF--
string cast: Error: Object of class Socket could not be converted to string
bool(true)

Warning: Object of class Socket could not be converted to int in %s on line %d
int(1)
array(0) {
}
array key: TypeError: %s
bool(false)
bool(true)
bool(true)
