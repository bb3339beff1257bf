--TEST--
tsp_sockets: stream_select(): the except set as select() has it: out-of-band TCP data, not a hang-up
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$l = stream_socket_server('tcp://127.0.0.1:0');
$c = stream_socket_client('tcp://' . stream_socket_get_name($l, false), $errno, $errstr, 2);
$a = stream_socket_accept($l, 2);
$r = null; $w = null; $e = [$a];
var_dump(stream_select($r, $w, $e, 0));
var_dump(stream_socket_sendto($c, '!', STREAM_OOB));
$r = null; $w = null; $e = ['oob' => $a];
var_dump(stream_select($r, $w, $e, 2), array_keys($e));
var_dump(stream_socket_recvfrom($a, 1, STREAM_OOB));
/* the peer goes: readable (end of stream), but nothing for the except set, which waits its timeout */
fclose($c);
$r = [$a]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 2));
$r = null; $e = [$a];
$t = microtime(true);
var_dump(stream_select($r, $w, $e, 0, 200000), $e, microtime(true) - $t >= 0.15);
?>
--EXPECT--
int(0)
int(1)
int(1)
array(1) {
  [0]=>
  string(3) "oob"
}
string(1) "!"
int(1)
int(0)
array(0) {
}
bool(true)
