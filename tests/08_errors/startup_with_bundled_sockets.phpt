--TEST--
tsp_sockets: startup: the bundled sockets loaded first makes tsp_sockets stand down with one message naming the fix; loaded after, PHP refuses it, as tsp_sockets holds the name "sockets"
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_build_tree.inc';
require __DIR__ . '/../inc/skipif_bundled.inc';
?>
--FILE--
<?php
$ours = realpath(getenv('TSP_EXT') ?: __DIR__ . '/../../modules/tsp_sockets.so');
$code = 'echo (new ReflectionFunction("socket_create"))->getExtensionName(), ": ",'
    . ' function_exists("socket_listen_info") ? "tsp_sockets" : "the bundled extension", " runs\n";';
foreach (["-d extension=sockets -d extension=$ours", "-d extension=$ours -d extension=sockets"] as $order) {
    $out = shell_exec(escapeshellarg(PHP_BINARY) . " -n -d display_startup_errors=1 -d display_errors=stderr $order -r "
        . escapeshellarg($code) . ' 2>&1');
    echo trim($out), "\n---\n";
}
?>
--EXPECT--
Warning: tsp_sockets is not started because the bundled "sockets" extension is loaded: both define socket_*() and the Socket class. Disable "sockets" (for example with "phpdismod sockets", or remove extension=sockets from php.ini) to use tsp_sockets in Unknown on line 0
sockets: the bundled extension runs
---
Warning: Module "sockets" is already loaded in Unknown on line 0
sockets: tsp_sockets runs
---
