<?php
require __DIR__ . '/../inc/util.inc';
// MSG_WAITALL returns the whole length in one call, also beyond 64 MiB
ini_set('memory_limit', '1G');
$len = (64 << 20) + 65536;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($p[1]);
    $chunk = str_repeat('w', 1 << 20);
    for ($o = 0; $o < $len; ) { $n = socket_write($p[0], substr($chunk, 0, min(1 << 20, $len - $o))); if ($n === false) exit(1); $o += $n; }
    socket_write($p[0], 'end');
    exit(0);
}
socket_close($p[0]);
show('waitall', fn() => socket_recv($p[1], $buf, $len, MSG_WAITALL));
var_dump(strlen($buf), strspn($buf, 'w'));
unset($buf);
show('rest, waitall beyond what comes', fn() => socket_recv($p[1], $buf, 100, MSG_WAITALL));
var_dump($buf);
pcntl_waitpid($pid, $st);
var_dump(pcntl_wexitstatus($st));
