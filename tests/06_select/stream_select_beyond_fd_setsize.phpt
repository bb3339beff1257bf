--TEST--
tsp_sockets: stream_select(): no FD_SETSIZE ceiling: 2,200 streams, readiness on the highest descriptors, in all three sets
--EXTENSIONS--
tsp_sockets
posix
pcntl
--SKIPIF--
<?php
$lim = posix_getrlimit();
if ($lim['hard openfiles'] !== 'unlimited' && (int) $lim['hard openfiles'] < 2400) die('skip hard descriptor limit below 2400');
?>
--FILE--
<?php
$lim = posix_getrlimit();
$hard = $lim['hard openfiles'];
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $hard === 'unlimited' ? 2400 : min(2400, (int) $hard), $hard === 'unlimited' ? POSIX_RLIMIT_INFINITY : (int) $hard));
$streams = [];
for ($i = 0; $i < 1100; $i++) {
    $p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0) or die("pair $i failed");
    $streams["a$i"] = $p[0];
    $streams["b$i"] = $p[1];
}
/* nothing readable yet */
$r = $streams; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 0), $r);
/* data for the last stream, whose descriptor is far above 1024 */
fwrite($streams['a1099'], 'x');
$r = $streams;
var_dump(stream_select($r, $w, $e, 1), array_keys($r));
/* bytes left in PHP's read buffer: readable at once, the other arrays emptied */
fwrite($streams['b1098'], "one\ntwo\n");
$r = [$streams['a1098']];
stream_select($r, $w, $e, 1);
var_dump(fgets($streams['a1098']));
$r = $streams; $w = [$streams['a5']]; $e = [$streams['a6']];
var_dump(stream_select($r, $w, $e, 0), array_keys($r), $w, $e);
var_dump(fgets($streams['a1098']));
/* every a-side is writable; the except set is quiet */
$r = null; $w = array_filter($streams, fn($k) => $k[0] === 'a', ARRAY_FILTER_USE_KEY); $e = $streams;
var_dump(stream_select($r, $w, $e, 0), count($w), $e);
/* a waited-for stream: the peer writes while the call waits (child process) */
var_dump(fread($streams['b1099'], 10));
$pid = pcntl_fork();
if ($pid === 0) {
    usleep(200000);
    fwrite($streams['a1000'], 'late');
    exit(0);
}
$r = $streams;
$w = null;
$t = microtime(true);
var_dump(stream_select($r, $w, $e, 5), array_keys($r), microtime(true) - $t < 4);
pcntl_waitpid($pid, $st);
echo "done\n";
?>
--EXPECT--
bool(true)
int(0)
array(0) {
}
int(1)
array(1) {
  [0]=>
  string(5) "b1099"
}
string(4) "one
"
int(1)
array(1) {
  [0]=>
  string(5) "a1098"
}
array(0) {
}
array(0) {
}
string(4) "two
"
int(1100)
int(1100)
array(0) {
}
string(1) "x"
int(1)
array(1) {
  [0]=>
  string(5) "b1000"
}
bool(true)
done
