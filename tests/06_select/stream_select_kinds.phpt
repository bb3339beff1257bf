--TEST--
tsp_sockets: stream_select(): pipes of a child, STDIN, plain files, UDP and unix datagram sockets, php://memory (no descriptor)
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$proc = proc_open(['sh', '-c', 'read l; echo "got $l"'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
[$in, $out] = $pipes;
$r = [$out]; $w = [$in]; $e = null;
var_dump(stream_select($r, $w, $e, 0), $r, count($w));
fwrite($in, "hi\n");
$r = [$out]; $w = null;
var_dump(stream_select($r, $w, $e, 5), fgets($out));
fclose($in);
var_dump(stream_get_contents($out), proc_close($proc));
/* a plain file is always ready for reading and writing, never exceptional */
$f = fopen(__FILE__, 'r');
$r = [$f]; $w = [$f]; $e = [$f];
var_dump(stream_select($r, $w, $e, 0), count($r), count($w), count($e));
/* UDP: writable at once, readable when a datagram is there */
$u = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
$uc = stream_socket_client('udp://' . stream_socket_get_name($u, false));
$r = [$u]; $w = [$uc]; $e = null;
var_dump(stream_select($r, $w, $e, 0), count($r), count($w));
fwrite($uc, 'datagram');
$r = [$u]; $w = null;
var_dump(stream_select($r, $w, $e, 5), stream_socket_recvfrom($u, 100));
/* unix datagram pair */
[$d1, $d2] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, 0);
fwrite($d2, 'dg');
$r = [$d1, $d2]; $w = null;
var_dump(stream_select($r, $w, $e, 0), count($r));
/* php://memory has no descriptor: warned about, left out */
$m = fopen('php://memory', 'r+');
$r = [$m, $d1]; $w = null;
var_dump(stream_select($r, $w, $e, 0), count($r));
?>
--EXPECTF--
int(1)
array(0) {
}
int(1)
int(1)
string(7) "got hi
"
string(0) ""
int(0)
int(2)
int(1)
int(1)
int(0)
int(1)
int(0)
int(1)
int(1)
string(8) "datagram"
int(1)
int(1)

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line %d

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line %d
int(1)
int(1)
