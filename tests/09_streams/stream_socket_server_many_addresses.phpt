--TEST--
tsp_sockets: stream_socket_server(): every address a host resolves to is tried in turn, however many (20 here, the first 16 taken), as core does
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc';
if (trim((string) shell_exec('unshare -m true 2>&1 && echo ok')) !== 'ok') die('skip needs unshare -m (a private /etc/hosts)');
if (getenv('USE_ZEND_ALLOC') === '0') die('skip mount (setuid) does not run under valgrind');
?>
--FILE--
<?php
/* a private mount namespace in which /etc/hosts gives many.test 127.0.0.1 .. 127.0.0.20 */
$hosts = tempnam(sys_get_temp_dir(), 'tsp-hosts');
file_put_contents($hosts, implode('', array_map(fn($i) => "127.0.0.$i many.test\n", range(1, 20))));
$code = <<<'PHP'
$holders = [];
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);
for ($i = 1; $i <= 16; $i++) { $holders[] = stream_socket_server("tcp://127.0.0.$i:$port"); }
$s = stream_socket_server("tcp://many.test:$port", $errno, $errstr);
echo $s ? preg_replace('/:\d+$/', ':PORT', stream_socket_get_name($s, false)) : "failed: $errno $errstr", "\n";
$u = stream_socket_server("udp://many.test:$port", $errno, $errstr, STREAM_SERVER_BIND);
echo $u ? preg_replace('/:\d+$/', ':PORT', stream_socket_get_name($u, false)) : "failed: $errno $errstr", "\n";
PHP;
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
foreach (['1' => 'tsp_sockets', '0' => 'core'] as $on => $who) {
    $php = escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg($ext) . " -d tsp_sockets.stream_server=$on -r " . escapeshellarg($code);
    echo "$who: ", shell_exec('unshare -m sh -c ' . escapeshellarg('mount --bind ' . escapeshellarg($hosts) . ' /etc/hosts && exec ' . $php) . ' 2>&1');
}
unlink($hosts);
?>
--EXPECT--
tsp_sockets: 127.0.0.17:PORT
127.0.0.1:PORT
core: 127.0.0.17:PORT
127.0.0.1:PORT
