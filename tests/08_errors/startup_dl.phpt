--TEST--
tsp_sockets: loaded with dl() at run time it works under its own name only (not "sockets"), and PHP removes its functions cleanly when the request ends
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_build_tree.inc'; ?>
--FILE--
<?php
/* dl() takes a file name in extension_dir: a private one holding a copy */
$dir = sys_get_temp_dir() . '/tsp-dl-' . getmypid();
@mkdir($dir);
copy(getenv('TSP_EXT') ?: __DIR__ . '/../../modules/tsp_sockets.so', "$dir/tsp_sockets.so");
$code = 'var_dump(dl("tsp_sockets.so"), extension_loaded("tsp_sockets"), extension_loaded("sockets"));'
    . ' socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p); var_dump(socket_write($p[0], "x"), socket_read($p[1], 1),'
    . ' (new ReflectionFunction("socket_create"))->getExtensionName());';
passthru(escapeshellarg(PHP_BINARY) . ' -n -d enable_dl=1 -d extension_dir=' . escapeshellarg($dir) . ' -r ' . escapeshellarg($code) . ' 2>&1', $rc);
var_dump($rc);
unlink("$dir/tsp_sockets.so");
rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(1)
string(1) "x"
string(11) "tsp_sockets"
int(0)
