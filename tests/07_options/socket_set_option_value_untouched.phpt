--TEST--
tsp_sockets: socket_set_option(): the caller's array or object given as the value is never changed
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$linger = ['l_onoff' => "1", 'l_linger' => "5"];
$timeo = ['sec' => "2", 'usec' => 5.5];
$before = [$linger, $timeo];
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $linger), socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, $timeo));
var_dump([$linger, $timeo] === $before);
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER), socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO)['sec']);
/* elements that are references keep their type too */
$on = "1"; $ref = ['l_onoff' => &$on, 'l_linger' => "0"];
socket_set_option($s, SOL_SOCKET, SO_LINGER, $ref);
var_dump($on);
/* an object: its properties are read, not converted */
$o = new stdClass; $o->sec = "1"; $o->usec = "0";
socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, $o);
var_dump($o);
/* a multicast request */
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$req = ['group' => '224.0.0.1', 'interface' => "1"];
@socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, $req);
var_dump($req);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(5)
}
int(2)
string(1) "1"
object(stdClass)#%d (2) {
  ["sec"]=>
  string(1) "1"
  ["usec"]=>
  string(1) "0"
}
array(2) {
  ["group"]=>
  string(9) "224.0.0.1"
  ["interface"]=>
  string(1) "1"
}
