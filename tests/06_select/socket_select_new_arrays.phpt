--TEST--
tsp_sockets: socket_select(): each array is replaced by a new one of the ready sockets, keys and order kept, references undone
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q); socket_write($q[1], "x");   // $q[0] readable
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);                             // $p[0] not
$w = $e = null;
/* all ready: still a new array, so the next free key is the new array's */
$r = [$q[0], $p[0]]; unset($r[1]);
var_dump(socket_select($r, $w, $e, 0));
$r[] = 'appended';
echo json_encode(array_keys($r)), "\n";
/* and so is the internal pointer */
$r = [$q[0], $q[0], $q[0]]; next($r); next($r);
socket_select($r, $w, $e, 0);
var_dump(key($r), count($r));
/* some ready: keys (int and string) and order kept; one descriptor counts once */
$r = ['b' => $p[0], 9 => $q[0], 'a' => $q[0], 3 => $p[0]];
var_dump(socket_select($r, $w, $e, 0));
echo json_encode(array_keys($r)), "\n";
/* references in the array are undone, the referenced variables kept */
$x = $q[0];
$r = ['ref' => &$x, 'val' => $q[0]];
socket_select($r, $w, $e, 0);
$r['ref'] = 'changed';
var_dump($x === $q[0]);
/* none ready: an empty array that takes keys from 0 */
$r = [5 => $p[0]];
var_dump(socket_select($r, $w, $e, 0));
$r[] = 1;
echo json_encode(array_keys($r)), "\n";
/* the same variable as two sets: read first, then write from what read left */
$a = [$q[0], $p[0]];
$n = socket_select($a, $a, $e, 0);
var_dump($n, count($a), $a[0] === $q[0]);
?>
--EXPECT--
int(1)
[0,1]
int(0)
int(3)
int(1)
[9,"a"]
bool(true)
int(0)
[0]
int(3)
int(1)
bool(true)
