--TEST--
tsp_sockets: socket_create_pair(): connected unix pairs
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
foreach (['SOCK_STREAM' => SOCK_STREAM, 'SOCK_DGRAM' => SOCK_DGRAM, 'SOCK_SEQPACKET' => SOCK_SEQPACKET] as $name => $type) {
    $pair = 'will be replaced';
    var_dump(socket_create_pair(AF_UNIX, $type, 0, $pair));
    var_dump(array_keys($pair), get_class($pair[0]), get_class($pair[1]));
    var_dump(socket_write($pair[0], "$name one way"));
    var_dump(socket_read($pair[1], 100));
    var_dump(socket_write($pair[1], "other way"));
    var_dump(socket_read($pair[0], 100));
    var_dump(socket_getpeername($pair[0], $peer), $peer);
}
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
string(6) "Socket"
string(6) "Socket"
int(19)
string(19) "SOCK_STREAM one way"
int(9)
string(9) "other way"
bool(true)
string(0) ""
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
string(6) "Socket"
string(6) "Socket"
int(18)
string(18) "SOCK_DGRAM one way"
int(9)
string(9) "other way"
bool(true)
string(0) ""
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
string(6) "Socket"
string(6) "Socket"
int(22)
string(22) "SOCK_SEQPACKET one way"
int(9)
string(9) "other way"
bool(true)
string(0) ""
