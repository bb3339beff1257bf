--TEST--
tsp_sockets: socket_select(): 10,000 descriptors in one call, readiness on a few
--EXTENSIONS--
tsp_sockets
posix
--SKIPIF--
<?php
$fds = 10100;
require __DIR__ . '/../inc/skipif_fd_limit.inc';
?>
--FILE--
<?php
$lim = posix_getrlimit();
$hard = $lim['hard openfiles'];
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $hard === 'unlimited' ? 10100 : min(10100, (int) $hard), $hard === 'unlimited' ? POSIX_RLIMIT_INFINITY : (int) $hard));
$socks = [];
for ($i = 0; $i < 5000; $i++) {
    if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p)) { die("pair $i failed"); }
    $socks[] = $p[0];
    $socks[] = $p[1];
}
foreach ([0, 4999, 9999] as $i) {
    socket_write($socks[$i ^ 1], 'x');   /* the other end of the pair */
}
$t = microtime(true);
for ($round = 0; $round < 5; $round++) {
    $r = $socks; $w = null; $e = null;
    $n = socket_select($r, $w, $e, 0);
}
var_dump($n, array_keys($r));
$r = null; $w = $socks;
var_dump(socket_select($r, $w, $e, 0), count($w));
?>
--EXPECT--
bool(true)
int(3)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(4999)
  [2]=>
  int(9999)
}
int(10000)
int(10000)
