--TEST--
tsp_sockets: stream_select(): 10,000 streams in one call, readiness on a few, keys kept, memory flat over calls
--EXTENSIONS--
tsp_sockets
posix
--SKIPIF--
<?php
$lim = posix_getrlimit();
if ($lim['hard openfiles'] !== 'unlimited' && (int) $lim['hard openfiles'] < 10100) die('skip hard descriptor limit below 10100');
?>
--FILE--
<?php
$lim = posix_getrlimit();
$hard = $lim['hard openfiles'];
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $hard === 'unlimited' ? 10100 : min(10100, (int) $hard), $hard === 'unlimited' ? POSIX_RLIMIT_INFINITY : (int) $hard));
$streams = [];
for ($i = 0; $i < 5000; $i++) {
    $p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0) or die("pair $i failed");
    $streams["s$i"] = $p[0];
    $streams["t$i"] = $p[1];
}
foreach ([0, 2500, 4999] as $i) {
    fwrite($streams["t$i"], 'x');
}
$mem = null;
for ($round = 0; $round < 20; $round++) {
    $r = $streams; $w = null; $e = $streams;
    $n = stream_select($r, $w, $e, 0);
    if ($round === 4) {
        $mem = memory_get_usage();
    }
}
$flat = memory_get_usage() === $mem;
var_dump($n, array_keys($r), $e, $flat);
$r = null; $w = $streams; $e = null;
var_dump(stream_select($r, $w, $e, 0), count($w));
?>
--EXPECT--
bool(true)
int(3)
array(3) {
  [0]=>
  string(2) "s0"
  [1]=>
  string(5) "s2500"
  [2]=>
  string(5) "s4999"
}
array(0) {
}
bool(true)
int(10000)
int(10000)
