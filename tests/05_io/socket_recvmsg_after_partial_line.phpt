--TEST--
tsp_sockets: socket_recvmsg(): the bytes a non-blocking PHP_NORMAL_READ kept come first, in order, none lost
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
socket_write($p[1], "abc");
wait_readable($p[0]);
var_dump(socket_read($p[0], 100, PHP_NORMAL_READ), socket_last_error($p[0]) === SOCKET_EAGAIN);
socket_write($p[1], "def\n");
wait_until(fn() => socket_recv($p[0], $peek, 10, MSG_PEEK | MSG_DONTWAIT) === 7);
// a peek sees the kept bytes and leaves them
$m = ['buffer_size' => 2, 'controllen' => 64];
var_dump(socket_recvmsg($p[0], $m, MSG_PEEK), $m['iov']);
$m = ['buffer_size' => 100, 'controllen' => 64];
var_dump(socket_recvmsg($p[0], $m, 0), $m['iov'], $m['control']);
$m = ['buffer_size' => 100, 'controllen' => 64];
var_dump(socket_recvmsg($p[0], $m, 0), $m['iov']);
?>
--EXPECT--
bool(false)
bool(true)
int(2)
array(1) {
  [0]=>
  string(2) "ab"
}
int(3)
array(1) {
  [0]=>
  string(3) "abc"
}
array(0) {
}
int(4)
array(1) {
  [0]=>
  string(4) "def
"
}
