--TEST--
tsp_sockets: stream_select(): a signal during the wait fails the call with EINTR as core's does, restartable handler or not
--EXTENSIONS--
tsp_sockets
pcntl
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
pcntl_async_signals(true);
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
foreach ([true, false] as $restart) {
    pcntl_signal(SIGALRM, function () { echo "handler\n"; }, $restart);
    pcntl_alarm(1);
    $r = [$a]; $w = null; $e = [$a];
    $t = microtime(true);
    var_dump(stream_select($r, $w, $e, 10), $r, microtime(true) - $t < 8);
}
/* null seconds: interrupted too */
pcntl_alarm(1);
$r = [$a]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, null));
/* ignored: the wait goes on */
pcntl_signal(SIGALRM, SIG_IGN);
pcntl_alarm(1);
$r = [$a];
$t = microtime(true);
var_dump(stream_select($r, $w, $e, 1, 500000), microtime(true) - $t >= 1.4);
?>
--EXPECTF--
Warning: stream_select(): Unable to select [4]: Interrupted system call (max_fd=%d) in %s on line %d
handler
bool(false)
array(1) {
  [0]=>
  resource(%d) of type (stream)
}
bool(true)

Warning: stream_select(): Unable to select [4]: Interrupted system call (max_fd=%d) in %s on line %d
handler
bool(false)
array(1) {
  [0]=>
  resource(%d) of type (stream)
}
bool(true)

Warning: stream_select(): Unable to select [4]: Interrupted system call (max_fd=%d) in %s on line %d
handler
bool(false)
int(0)
bool(true)
