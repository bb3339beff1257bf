--TEST--
tsp_sockets: socket_read(PHP_NORMAL_READ) on datagram sockets takes each datagram whole and loses no byte
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* a recv() takes a whole datagram: reading one byte of it would drop the rest */
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d);
socket_write($d[0], "hello\n"); socket_write($d[0], "world\n"); socket_write($d[0], "\n");
var_dump(socket_read($d[1], 100, PHP_NORMAL_READ), socket_read($d[1], 100, PHP_NORMAL_READ), socket_read($d[1], 100, PHP_NORMAL_READ));

/* several lines in one datagram: the rest is kept, and select() reports the socket */
socket_write($d[0], "one\ntwo\rthree");
var_dump(socket_read($d[1], 100, PHP_NORMAL_READ));
$r = [$d[1]]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 5), count($r));
echo json_encode(socket_read($d[1], 100, PHP_NORMAL_READ)), "\n";
/* "three" has no line end: not readable until more comes, then one line */
$r = [$d[1]];
var_dump(socket_select($r, $w, $e, 0));
socket_write($d[0], "!\n");
var_dump(socket_read($d[1], 100, PHP_NORMAL_READ));

/* a line across datagrams, and a datagram longer than the first look at it */
$big = str_repeat('x', 10000);
socket_write($d[0], 'a'); socket_write($d[0], $big . "\nz");
var_dump(strlen(socket_read($d[1], 20000, PHP_NORMAL_READ)));
socket_set_nonblock($d[1]);
var_dump(socket_read($d[1], 100, PHP_NORMAL_READ), socket_last_error($d[1]) === SOCKET_EAGAIN);
var_dump(socket_recv($d[1], $buf, 100, 0), $buf);   // the held "z"

/* an empty datagram: "" on a non-blocking socket (as a zero-length read has
 * always answered there); a blocking socket reads on past it */
socket_write($d[0], ''); socket_write($d[0], "e\n");
var_dump(socket_read($d[1], 100, PHP_NORMAL_READ), socket_read($d[1], 100, PHP_NORMAL_READ));
socket_set_block($d[1]);
socket_write($d[0], ''); socket_write($d[0], "f\n");
var_dump(socket_read($d[1], 100, PHP_NORMAL_READ));

/* SOCK_SEQPACKET keeps records the same way */
socket_create_pair(AF_UNIX, SOCK_SEQPACKET, 0, $q);
socket_write($q[0], "r1\nr2\n");
var_dump(socket_read($q[1], 100, PHP_NORMAL_READ), socket_read($q[1], 100, PHP_NORMAL_READ));

/* UDP: socket_recvfrom() of the kept bytes names the datagram's sender */
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1', 0);
socket_getsockname($u, $addr, $port);
$o = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($o, '127.0.0.1', 0);
socket_getsockname($o, $oaddr, $oport);
socket_sendto($o, "l1\nl2", 5, 0, '127.0.0.1', $port);
var_dump(socket_read($u, 100, PHP_NORMAL_READ));
var_dump(socket_recvfrom($u, $buf, 100, 0, $from, $fport), $buf, $from, $fport === $oport);
?>
--EXPECT--
string(6) "hello
"
string(6) "world
"
string(1) "
"
string(4) "one
"
int(1)
int(1)
"two\r"
int(0)
string(7) "three!
"
int(10002)
bool(false)
bool(true)
int(1)
string(1) "z"
string(0) ""
string(2) "e
"
string(2) "f
"
string(3) "r1
"
string(3) "r2
"
string(3) "l1
"
int(2)
string(2) "l2"
string(9) "127.0.0.1"
bool(true)
