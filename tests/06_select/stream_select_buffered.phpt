--TEST--
tsp_sockets: stream_select(): bytes in a read buffer make the stream readable without a wait; the write and except arrays come back empty
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, "first\nsecond\n");
$r = [$a];
$w = $e = null;
stream_select($r, $w, $e, 1);
var_dump(fgets($a));
/* "second\n" waits in PHP's buffer, not in the kernel: a long timeout does not wait */
$r = ['idle' => $idle, 'a' => $a];
$w = [$idlePeer];
$e = [$a];
$t = microtime(true);
var_dump(stream_select($r, $w, $e, 10), $r === ['a' => $a], $w, $e, microtime(true) - $t < 5);
var_dump(fgets($a));
/* buffer empty again: the wait is real */
$r = [$a, $idle];
$w = null;
var_dump(stream_select($r, $w, $e, 0, 100000), $r);
/* a data: stream's buffered bytes count too; then it alone is returned */
$u = fopen('data://text/plain,abc', 'r');
var_dump(fgetc($u));
$r = [$u, $idle];
var_dump(stream_select($r, $w, $e, 0), count($r));
?>
--EXPECT--
string(6) "first
"
int(1)
bool(true)
array(0) {
}
array(0) {
}
bool(true)
string(7) "second
"
int(0)
array(0) {
}
string(1) "a"
int(1)
int(1)
