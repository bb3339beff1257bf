--TEST--
tsp_sockets: socket_set_option(): SO_RCVTIMEO and SO_SNDTIMEO array forms and missing keys
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['SO_RCVTIMEO' => SO_RCVTIMEO, 'SO_SNDTIMEO' => SO_SNDTIMEO] as $name => $opt) {
    echo "== $name\n";
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
    var_dump(socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 1, 'usec' => 500000]));
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
    var_dump(socket_set_option($s, SOL_SOCKET, $opt, ['usec' => '200000', 'sec' => '3', 'extra' => 1]));
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
    show('missing usec', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 1]));
    show('missing sec', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['usec' => 1]));
    show('empty', fn() => socket_set_option($s, SOL_SOCKET, $opt, []));
    /* usec must be below one second */
    show('usec 1000000', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 0, 'usec' => 1000000]));
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
    var_dump(socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 0, 'usec' => 0]));
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
}
?>
--EXPECTF--
== SO_RCVTIMEO
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
array(2) {
  ["sec"]=>
  int(1)
  ["usec"]=>
  int(500000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(200000)
}
missing usec: ValueError: socket_set_option(): Argument #4 ($value) must have key "usec"
missing sec: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
empty: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"

Warning: socket_set_option(): Unable to set socket option [33]: Numerical argument out of domain in %s on line %d
usec 1000000: bool(false)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(200000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
== SO_SNDTIMEO
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
array(2) {
  ["sec"]=>
  int(1)
  ["usec"]=>
  int(500000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(200000)
}
missing usec: ValueError: socket_set_option(): Argument #4 ($value) must have key "usec"
missing sec: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
empty: ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"

Warning: socket_set_option(): Unable to set socket option [33]: Numerical argument out of domain in %s on line %d
usec 1000000: bool(false)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(200000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
