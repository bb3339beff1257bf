--TEST--
tsp_sockets: Socket objects cannot be serialized or unserialized
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
throws('serialize', fn() => serialize($s));
throws('serialize nested', fn() => serialize(['a' => [$s]]));
throws('unserialize', fn() => unserialize('O:6:"Socket":0:{}'));
var_dump(json_encode($s));
var_dump(var_export($s, true));
?>
--EXPECT--
serialize: Exception: Serialization of 'Socket' is not allowed
serialize nested: Exception: Serialization of 'Socket' is not allowed
unserialize: Exception: Unserialization of 'Socket' is not allowed
string(2) "{}"
string(30) "\Socket::__set_state(array(
))"
