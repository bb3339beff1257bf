--TEST--
tsp_sockets: Composer counts a project requiring ext-sockets as satisfied by tsp_sockets alone (scripts/composer-ext-sockets.sh)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_build_tree.inc';
if (!is_file(__DIR__ . '/../../scripts/composer-ext-sockets.sh')) die('skip needs the source tree (scripts/)');
if (trim((string) shell_exec('command -v composer')) === '') die('skip composer is not installed');
exec('PHP=' . escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(__DIR__ . '/../../scripts/composer-ext-sockets.sh') . ' --probe '
    . escapeshellarg(realpath(getenv('TSP_EXT') ?: __DIR__ . '/../../modules/tsp_sockets.so')) . ' 2>/dev/null', $o, $rc);
if ($rc !== 0) die('skip this PHP cannot run Composer');
?>
--FILE--
<?php
$ext = realpath(getenv('TSP_EXT') ?: __DIR__ . '/../../modules/tsp_sockets.so');
$out = shell_exec('PHP=' . escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(__DIR__ . '/../../scripts/composer-ext-sockets.sh') . ' '
    . escapeshellarg($ext) . ' 2>&1; echo "exit $?"');
echo preg_replace('/\s+/', ' ', trim($out)), "\n";
?>
--EXPECTF--
ext-sockets %d.%d.%s success exit 0
