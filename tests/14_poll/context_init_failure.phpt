--TEST--
tsp_sockets: Io\Poll\Context::__construct() when the kernel refuses an epoll descriptor (the descriptor limit reached): FailedContextInitializationException with ERROR_TOOBIG; a poll Context needs none
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc';
if (!function_exists('proc_open')) die('skip proc_open');
?>
--FILE--
<?php
/* a child PHP with a limit of 40 descriptors opens files until it has none left */
$code = <<<'PHP'
$keep = [];
while (($f = @fopen('/dev/null', 'r')) !== false) {
    $keep[] = $f;
}
echo count($keep) > 10 ? "no descriptor left\n" : "too few\n";
try {
    new Io\Poll\Context();
} catch (Io\Poll\FailedPollOperationException $e) {
    echo get_class($e), ' (', $e->getCode(), '): ', $e->getMessage(), ' ', var_export($e->getCode() === $e::ERROR_TOOBIG, true), "\n";
}
echo (new Io\Poll\Context(Io\Poll\Backend::Poll))->getBackend()->name, "\n";
PHP;
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
$php = escapeshellarg(PHP_BINARY) . ' -n' . (extension_loaded('tsp_sockets') && $ext ? ' -d extension=' . escapeshellarg($ext) : '');
$p = proc_open(['sh', '-c', "ulimit -Sn 40 && exec $php -r " . escapeshellarg($code)], [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
echo stream_get_contents($pipes[1]);
proc_close($p);
?>
--EXPECT--
no descriptor left
Io\Poll\FailedContextInitializationException (9): Failed to initialize polling context true
Poll
