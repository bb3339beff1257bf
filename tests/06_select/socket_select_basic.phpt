--TEST--
tsp_sockets: socket_select(): keys kept, per-set counts, bad arrays and timeouts
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$r = ['x' => $p[0], 7 => $p[1]]; $w = ['w' => $p[0]]; $e = null;
socket_write($p[0], 'data');
var_dump(socket_select($r, $w, $e, 0), array_keys($r), array_keys($w), $e);
$r = $w = $e = null;
try { socket_select($r, $w, $e, 0); } catch (ValueError $x) { echo $x->getMessage(), "\n"; }
$r = [1];
try { socket_select($r, $w, $e, 0); } catch (TypeError $x) { echo $x->getMessage(), "\n"; }
$c = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($c);
$r = null; $w = [$c];
try { socket_select($r, $w, $e, 0); } catch (TypeError $x) { echo $x->getMessage(), "\n"; }
$r = [$p[0]]; $w = null;
var_dump(socket_select($r, $w, $e, -1), socket_last_error() === SOCKET_EINVAL);
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 0, 150000), microtime(true) - $t >= 0.1);
?>
--EXPECTF--
int(2)
array(1) {
  [0]=>
  int(7)
}
array(1) {
  [0]=>
  string(1) "w"
}
NULL
socket_select(): At least one array argument must be passed
socket_select(): Argument #1 ($read) must only have elements of type Socket, int given
socket_select(): Argument #2 ($write) contains a closed socket

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
