--TEST--
tsp_sockets: socket_select(): a Socket whose exported stream was closed fails the call with EBADF, arrays untouched
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], "x");
fclose(socket_export_stream($p[0]));
// its old number goes to a new descriptor: select must not watch that one
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_write($q[1], "y");
$r = ['a' => $p[0], 'b' => $p[1], 'c' => $q[0]];
$w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0));
var_dump(array_keys($r), socket_last_error(), socket_strerror(socket_last_error()));
// in the write set as well
$r = [$p[1]]; $w = [$p[0]];
var_dump(socket_select($r, $w, $e, 0), count($r), count($w));
// a type error in a later array still wins
$r = [$p[1]]; $w = [$p[0], 'x'];
try { socket_select($r, $w, $e, 0); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
// and socket_close() makes it a closed socket
socket_close($p[1]);
$r = [$p[1]]; $w = null;
try { socket_select($r, $w, $e, 0); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
?>
--EXPECTF--
Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
bool(false)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
int(9)
string(19) "Bad file descriptor"

Warning: socket_select(): Unable to select [9]: Bad file descriptor in %s on line %d
bool(false)
int(1)
int(1)
socket_select(): Argument #2 ($write) must only have elements of type Socket, string given
socket_select(): Argument #1 ($read) contains a closed socket
