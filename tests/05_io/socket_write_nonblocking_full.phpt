--TEST--
tsp_sockets: socket_write(): non-blocking socket with a full send buffer
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$x, $y] = $p;
socket_set_nonblock($x);
socket_clear_error();
$chunk = str_repeat('x', 65536);
$total = 0;
for ($i = 0; $i < 10000; $i++) {
    $r = socket_write($x, $chunk);
    if ($r === false) break;
    $total += $r;
}
var_dump($r, $total > 0);
var_dump(socket_last_error($x) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
/* everything written can be read back */
$got = 0;
socket_set_nonblock($y);
while (($d = socket_read($y, 65536)) !== false && $d !== '') {
    $got += strlen($d);
}
var_dump($got === $total);
/* room again */
var_dump(socket_write($x, 'more'));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
int(4)
