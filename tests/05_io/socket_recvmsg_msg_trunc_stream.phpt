--TEST--
tsp_sockets: socket_recvmsg(): MSG_TRUNC on TCP returns the count the kernel discarded and no bytes it never wrote
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
// freed heap memory that an unwritten buffer could show
$secret = str_repeat('SECRET!', 300); unset($secret);
socket_write($c, str_repeat('A', 300) . 'tail');
wait_until(fn() => socket_recv($a, $peek, 304, MSG_PEEK | MSG_DONTWAIT) === 304);
$m = ['buffer_size' => 300, 'controllen' => 64];
var_dump(socket_recvmsg($a, $m, MSG_TRUNC), $m['iov']);
$m = ['buffer_size' => 100, 'controllen' => 64];
var_dump(socket_recvmsg($a, $m, 0), $m['iov']);
?>
--EXPECT--
int(300)
array(1) {
  [0]=>
  string(0) ""
}
int(4)
array(1) {
  [0]=>
  string(4) "tail"
}
