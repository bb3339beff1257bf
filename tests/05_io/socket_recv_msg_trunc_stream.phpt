--TEST--
tsp_sockets: socket_recv(), socket_recvfrom(): MSG_TRUNC on a TCP stream discards the bytes and returns none the kernel did not write
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_write($c, str_repeat('A', 300) . 'tail');
/* freed heap memory that an unwritten buffer could show */
$secret = str_repeat('SECRET!', 43); unset($secret);
$t = microtime(true);
do { $n = socket_recv($a, $probe, 304, MSG_PEEK | MSG_DONTWAIT); } while ($n !== 304 && microtime(true) - $t < 5 && !usleep(1000));
$buf = 'untouched';
/* TCP discards 300 bytes and writes nothing: the count, and an empty string */
var_dump(socket_recv($a, $buf, 300, MSG_TRUNC), $buf);
/* the bytes are gone: what follows them comes next */
var_dump(socket_recv($a, $buf, 100, 0), $buf);
socket_write($c, str_repeat('B', 50));
wait_until(fn() => socket_recv($a, $peek, 50, MSG_PEEK | MSG_DONTWAIT) === 50);
$from = $port = null;
var_dump(socket_recvfrom($a, $buf, 20, MSG_TRUNC, $from, $port), $buf, $from, $port);
var_dump(socket_recv($a, $buf, 100, MSG_DONTWAIT), strlen($buf));
/* an AF_UNIX stream ignores MSG_TRUNC: the data, as written */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[1], 'abcdefghij');
var_dump(socket_recv($p[0], $buf, 4, MSG_TRUNC), $buf);
var_dump(socket_recv($p[0], $buf, 10, 0), $buf);
?>
--EXPECT--
int(300)
string(0) ""
int(4)
string(4) "tail"
int(20)
string(0) ""
string(7) "0.0.0.0"
int(0)
int(30)
int(30)
int(4)
string(4) "abcd"
int(6)
string(6) "efghij"
