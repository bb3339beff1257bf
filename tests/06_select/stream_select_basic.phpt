--TEST--
tsp_sockets: stream_select(): keys kept, counts per set, arrays rewritten (references undone, copies untouched), null seconds
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'data');
$all = ['x' => $a, 7 => $c];
$r = $all;
$w = ['w' => $a, 'w2' => $a];
$e = null;
/* a: readable and writable (twice in $w, counted once), c: idle */
var_dump(stream_select($r, $w, $e, 0), array_keys($r), array_keys($w), $e, count($all));
/* elements by reference come back as values */
$x = $a;
$r = [&$x];
stream_select($r, $w, $e, 0);
$r[0] = 'replaced';
var_dump(is_resource($x));
/* the next free key follows the keys kept */
$r = [10 => $c, 20 => $a];
$w = null;
stream_select($r, $w, $e, 0);
$r[] = 'next';
var_dump(array_keys($r));
/* null seconds: waits for ever, here not at all */
$r = [$a];
var_dump(stream_select($r, $w, $e, null), stream_select($r, $w, $e, null, null), stream_select($r, $w, $e, null, 0));
/* a wait that ends with its timeout */
$r = [$c];
$t = microtime(true);
var_dump(stream_select($r, $w, $e, 0, 150000), $r, microtime(true) - $t >= 0.1);
/* microseconds above a second carry into the seconds */
$r = [$c];
$t = microtime(true);
var_dump(stream_select($r, $w, $e, 0, 1100000), microtime(true) - $t >= 1.0);
?>
--EXPECT--
int(2)
array(1) {
  [0]=>
  string(1) "x"
}
array(2) {
  [0]=>
  string(1) "w"
  [1]=>
  string(2) "w2"
}
NULL
int(2)
bool(true)
array(2) {
  [0]=>
  int(20)
  [1]=>
  int(21)
}
int(1)
int(1)
int(1)
int(0)
array(0) {
}
bool(true)
int(0)
bool(true)
