--TEST--
tsp_sockets: sockets in reference cycles are closed by the cycle collector
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$base = fd_count();
for ($i = 0; $i < 5; $i++) {
    $o = new stdClass;
    $o->self = $o;
    $o->sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    unset($o);
}
var_dump(fd_count() - $base);
var_dump(gc_collect_cycles() >= 5);
var_dump(fd_count() - $base);
/* closures holding sockets */
$f = (function () { $s = socket_create(AF_UNIX, SOCK_STREAM, 0); return fn() => $s; })();
var_dump(fd_count() - $base, get_class($f()));
unset($f);
var_dump(fd_count() - $base);
?>
--EXPECT--
int(5)
bool(true)
int(0)
int(1)
string(6) "Socket"
int(0)
