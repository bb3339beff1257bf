--TEST--
tsp_sockets: socket_select(): no FD_SETSIZE ceiling, readiness reported on the highest of 2,200 descriptors
--EXTENSIONS--
tsp_sockets
posix
--SKIPIF--
<?php
$fds = 2400;
require __DIR__ . '/../inc/skipif_fd_limit.inc';
?>
--FILE--
<?php
$lim = posix_getrlimit();
$hard = $lim['hard openfiles'] === 'unlimited' ? 12000 : min(12000, (int) $lim['hard openfiles']);
var_dump(posix_setrlimit(POSIX_RLIMIT_NOFILE, $hard, $lim['hard openfiles'] === 'unlimited' ? POSIX_RLIMIT_INFINITY : (int) $lim['hard openfiles']));
$socks = [];
for ($i = 0; $i < 1100; $i++) {
    if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p)) { die("pair $i failed"); }
    $socks["a$i"] = $p[0];
    $socks["b$i"] = $p[1];
}
/* nothing readable yet */
$r = $socks; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0), count($r));
/* data for the last socket, whose descriptor is far above 1024 */
socket_write($socks['a1099'], 'x');
$r = $socks;
var_dump(socket_select($r, $w, $e, 1), array_keys($r));
/* every a-side is writable */
$r = null; $w = array_filter($socks, fn($k) => $k[0] === 'a', ARRAY_FILTER_USE_KEY);
var_dump(socket_select($r, $w, $e, 0), count($w));
echo "done\n";
?>
--EXPECT--
bool(true)
int(0)
int(0)
int(1)
array(1) {
  [0]=>
  string(5) "b1099"
}
int(1100)
int(1100)
done
