--TEST--
tsp_sockets: socket_recv(): MSG_WAITALL returns the whole length in one call, beyond the 64 MiB a single read asks for
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_pcntl.inc'; ?>
--INI--
memory_limit=512M
--FILE--
<?php
$len = (64 << 20) + 4096;               // just past the read cap
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$pid = pcntl_fork();
if ($pid === 0) {
    socket_close($p[1]);
    $chunk = str_repeat('z', 1 << 20);
    for ($o = 0; $o < $len; ) {
        $w = socket_write($p[0], substr($chunk, 0, min(1 << 20, $len - $o)));
        if ($w === false) exit(1);
        $o += $w;
    }
    socket_write($p[0], 'after');
    exit(0);
}
socket_close($p[0]);
$n = socket_recv($p[1], $buf, $len, MSG_WAITALL);
var_dump($n === $len, strlen($buf) === $len, strspn($buf, 'z') === $len);
unset($buf);
var_dump(socket_recv($p[1], $rest, 100, MSG_WAITALL), $rest);
pcntl_waitpid($pid, $st);
var_dump(pcntl_wexitstatus($st));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(5)
string(5) "after"
int(0)
