--TEST--
examples/unix_echo_server.php: a socket in a temporary directory, bytes echoed, SIGTERM stops it and removes the socket file
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_pcntl.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
$dir = sys_get_temp_dir() . '/tsp_unix_echo_' . getmypid();
@mkdir($dir);
$path = "$dir/echo.sock";
/* a stale socket file of a server that is gone: the example removes it */
$stale = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($stale, $path);
socket_close($stale);
var_dump(filetype($path));

$cmd = example_cmd('unix_echo_server.php', [$path]);
[$proc, $pipes] = example_start($cmd);
$first = (string) fgets($pipes[1]);
if ($first !== "listening on $path\n") {
    proc_terminate($proc, 9);
    exit("unexpected: $first" . stream_get_contents($pipes[2]));
}
echo "listening on the path\n";
echo fgets($pipes[1]) === "talk to it with: nc -U $path\n" ? "nc hint\n" : "no nc hint\n";

/* a second server on the same path finds it live (its probe is connection 1) and refuses to start */
exec(implode(' ', array_map('escapeshellarg', $cmd)) . ' 2>&1', $lines, $status);
echo "second server: ", implode(' / ', str_replace($path, 'PATH', $lines)), " (status $status)\n";
echo fgets($pipes[1]);

foreach ([2, 3] as $n) {
    $c = stream_socket_client("unix://$path", $errno, $errstr, 2);
    stream_set_timeout($c, 2);
    $sent = '';
    foreach (["hello $n\n", "two\nlines\n", str_repeat('z', 100000)] as $chunk) {
        fwrite($c, $chunk);
        $sent .= $chunk;
        $got = '';
        while (strlen($got) < strlen($chunk) && !feof($c) && ($part = fread($c, 65536)) !== false && $part !== '') {
            $got .= $part;
        }
        echo "client $n: ", $got === $chunk ? strlen($chunk) . ' bytes echoed' : var_export(substr($got, 0, 40), true), "\n";
    }
    fclose($c);
    echo fgets($pipes[1]);
}

/* the server is waiting in socket_accept(): SIGTERM interrupts it */
proc_terminate($proc, SIGTERM);
$deadline = microtime(true) + 2;
$resent = false;
while (($st = proc_get_status($proc))['running'] && microtime(true) < $deadline) {
    usleep(10000);
    if (!$resent && microtime(true) > $deadline - 1) {
        /* the signal may have landed just before accept() began: once more */
        proc_terminate($proc, SIGTERM);
        $resent = true;
    }
}
if ($st['running']) {
    proc_terminate($proc, 9);
}
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($proc);
echo $st['running'] ? 'still running after SIGTERM' : ($st['signaled'] ? "killed by signal $st[termsig]" : "exit status $st[exitcode]"), "\n";
var_dump(file_exists($path));
@unlink($path);
rmdir($dir);
?>
--EXPECT--
string(6) "socket"
listening on the path
nc hint
second server: socket_bind(PATH): Address already in use (status 1)
connection 1: echoed 0 bytes
client 2: 8 bytes echoed
client 2: 10 bytes echoed
client 2: 100000 bytes echoed
connection 2: echoed 100018 bytes
client 3: 8 bytes echoed
client 3: 10 bytes echoed
client 3: 100000 bytes echoed
connection 3: echoed 100018 bytes
stopped after 3 connections
exit status 0
bool(false)
