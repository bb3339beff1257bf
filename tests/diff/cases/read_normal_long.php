<?php
require __DIR__ . '/../inc/util.inc';
// PHP_NORMAL_READ on streams with lines longer than one look at the kernel's data, and lengths around them
[$c, $a] = tcp_pair();
$line = str_repeat('a', 5000) . "\n" . str_repeat('b', 9000) . "\r" . str_repeat('c', 100) . "\n" . "end\n";
socket_write($c, $line);
$t = microtime(true);
do { $n = socket_recv($a, $probe, strlen($line), MSG_PEEK | MSG_DONTWAIT); } while ($n !== strlen($line) && microtime(true) - $t < 5 && !usleep(1000));
foreach ([10000, 4096, 4097, 1, 20000, 50, 99, 2, 100] as $len) {
    $r = socket_read($a, $len, PHP_NORMAL_READ);
    echo $len, ': ', $r === false ? 'false' : strlen($r) . ' ' . json_encode(substr($r, 0, 3)) . '..' . json_encode(substr($r, -2)), "\n";
}
show('binary after', fn() => socket_read($a, 100));
// urgent data inline, read as part of the line
[$c, $a] = tcp_pair();
socket_set_option($a, SOL_SOCKET, SO_OOBINLINE, 1);
socket_write($c, "before");
socket_send($c, "!", 1, MSG_OOB);
socket_write($c, "after\n");
usleep(50000);
show('oob inline line', fn() => socket_read($a, 100, PHP_NORMAL_READ));
// unix stream, many short lines
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], implode("\n", range(1, 300)) . "\n");
$sum = 0; $n = 0;
while ($n < 300 && ($l = socket_read($p[1], 8192, PHP_NORMAL_READ)) !== false && $l !== '') { $sum += (int) $l; $n++; }
var_dump($n, $sum);
