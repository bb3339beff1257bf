--TEST--
tsp_sockets: stream_select(): with tsp_sockets.stream_select=0 core's select() is back, and fails at descriptor 1024
--EXTENSIONS--
tsp_sockets
posix
--INI--
tsp_sockets.stream_select=0
--SKIPIF--
<?php
$lim = posix_getrlimit();
if ($lim['hard openfiles'] !== 'unlimited' && (int) $lim['hard openfiles'] < 1400) die('skip hard descriptor limit below 1400');
?>
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
preg_match('/stream_select\(\) replacement => (.*)/', ob_get_clean(), $m);
echo $m[1], "\n";
$lim = posix_getrlimit();
$hard = $lim['hard openfiles'];
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $hard === 'unlimited' ? 1400 : min(1400, (int) $hard), $hard === 'unlimited' ? POSIX_RLIMIT_INFINITY : (int) $hard));
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$r = [$a];
$w = $e = null;
var_dump(stream_select($r, $w, $e, 0), count($r));
/* push descriptors past 1023 */
$keep = [];
while (count($keep) < 560) {
    $keep[] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
}
[$hi, $hiPeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($hiPeer, 'y');
$r = [$a, $hi];
var_dump(stream_select($r, $w, $e, 0));
var_dump(count($r));
?>
--EXPECTF--
off (core's select() is used)
bool(true)
int(1)
int(1)

Warning: stream_select(): You MUST recompile PHP with a larger value of FD_SETSIZE.
It is set to 1024, but you have descriptors numbered at least as high as %d.
 --enable-fd-setsize=%d is recommended, but you may want to set it
to equal the maximum number of open files supported by your system,
in order to avoid seeing this error again at a later date. in %s on line %d
bool(false)
int(2)
