<?php
/* Arrays and elements by reference, shared arrays, keys of every kind: the
 * arrays are rewritten as core rewrites them (new arrays, keys kept,
 * references undone, copies untouched), and the next free key follows. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$all = [$idle, $a];
$r = $all;
$w = $e = null;
var_dump(stream_select($r, $w, $e, 0));
echo 'copy rewritten: ', ids($r), ' original: ', ids($all), "\n";
/* elements that are references */
$s1 = $a;
$s2 = $idle;
$r = [&$s1, &$s2];
var_dump(stream_select($r, $w, $e, 0));
$r[0] = 'changed';
echo 'after writing to the result: ', ids($r), ' s1 still ', ids([$s1]), "\n";
echo 'reference kept: '; var_dump($r); 
/* the arrays themselves behind references */
$holder = ['r' => [$a, $idle], 'w' => [$idle]];
$rr = &$holder['r'];
$ww = &$holder['w'];
var_dump(stream_select($rr, $ww, $e, 0));
echo 'holder: r=', ids($holder['r']), ' w=', ids($holder['w']), "\n";
/* keys: negative, large, strings that look like numbers, out of order */
$r = [-5 => $idle, PHP_INT_MAX => $a, '07' => $a, '7' => $a, 'k' => $idle, 3 => $a];
$w = [10 => $idle, -1 => $idle];
var_dump(stream_select($r, $w, $e, 0));
echo ids($r), ' ', ids($w), "\n";
$w[] = 'next';
echo 'next key: ', ids($w), "\n";
/* holes: unset elements, a packed array that became sparse */
$r = [$idle, $a, $idle, $a];
$w = null;
unset($r[0], $r[2]);
var_dump(stream_select($r, $w, $e, 0));
echo ids($r), "\n";
$r[] = 'n';
echo 'next key: ', ids($r), "\n";
/* nothing ready: empty arrays, the next key starts over */
$r = [5 => $idle];
$w = null;
var_dump(stream_select($r, $w, $e, 0));
$r[] = 'n';
echo 'empty then appended: ', ids($r), "\n";
/* internal pointer and array functions on the result */
$r = [$idle, $a, 'z' => $a];
var_dump(stream_select($r, $w, $e, 0));
var_dump(key($r), current($r) === $a, array_key_last($r));
/* a static and a global */
function through_static($a)
{
    static $st = null;
    $st = [$a];
    $w = $e = null;
    return [stream_select($st, $w, $e, 0), ids($st)];
}
var_dump(through_static($a));
$GLOBALS['gr'] = [$a, $idle];
var_dump(stream_select($GLOBALS['gr'], $w, $e, 0), ids($gr));
/* an object property */
$o = new stdClass;
$o->r = [$idle, $a];
var_dump(stream_select($o->r, $w, $e, 0), ids($o->r));
/* a typed property */
class T { public array $r = []; public ?array $w = null; }
$t = new T;
$t->r = [$a];
var_dump(stream_select($t->r, $t->w, $e, 0), ids($t->r));
echo "done\n";
