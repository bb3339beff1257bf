--TEST--
tsp_sockets: socket_set_option(): SO_LINGER array form and missing keys
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 5]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
/* extra keys are ignored, order does not matter, values are converted to int */
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['x' => 9, 'l_linger' => '7', 'l_onoff' => true]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 0, 'l_linger' => 0]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('missing l_onoff', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_linger' => 5]));
show('missing l_linger', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1]));
show('empty array', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, []));
show('list array', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, [1, 5]));
/* the failed calls did not change the option */
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
?>
--EXPECT--
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(5)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(7)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(7)
}
missing l_onoff: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
missing l_linger: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_linger"
empty array: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
list array: ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(7)
}
