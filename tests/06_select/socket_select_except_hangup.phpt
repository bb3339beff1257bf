--TEST--
tsp_sockets: socket_select(): a hang-up counts for nothing in the except set: the wait goes on, without spinning
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_pcntl.inc'; ?>
--FILE--
<?php
function cpu(): float { $u = getrusage(); return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6; }

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[1]);                       // the peer is gone: poll() says POLLHUP
/* only in the except set: 0 after the whole timeout, as select() answers */
$r = $w = null; $e = [$p[0]];
$t = microtime(true); $c = cpu();
var_dump(socket_select($r, $w, $e, 0, 300000), $e);
$took = microtime(true) - $t;
var_dump($took >= 0.25, $took < 5, cpu() - $c < 0.15);
/* in the read set too it is ready (end of stream), at once */
$r = [$p[0]]; $e = [$p[0]];
var_dump(socket_select($r, $w, $e, 5), count($r), count($e));
/* with no timeout: the wait lasts until another socket is ready */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
$pid = pcntl_fork();
if ($pid === 0) { usleep(300000); socket_write($q[1], 'x'); exit(0); }
$r = [$q[0]]; $w = null; $e = ['hup' => $p[0], 'q' => $q[0]];
$t = microtime(true); $c = cpu();
var_dump(socket_select($r, $w, $e, null), count($r), $e);
$took = microtime(true) - $t;
var_dump($took >= 0.25, $took < 5, cpu() - $c < 0.15);
pcntl_waitpid($pid, $st);
/* a never-connected TCP socket hangs up too */
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$r = null; $e = [$s];
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 0, 200000), microtime(true) - $t >= 0.15);
?>
--EXPECT--
int(0)
array(0) {
}
bool(true)
bool(true)
bool(true)
int(1)
int(1)
int(0)
int(1)
int(1)
array(0) {
}
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
