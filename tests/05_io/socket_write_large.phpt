--TEST--
tsp_sockets: socket_write()/socket_read(): transfers larger than one read
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
$data = '';
for ($i = 0; $i < 20000; $i++) {
    $data .= sprintf("%05d", $i);
}
var_dump(strlen($data));
$written = 0;
while ($written < strlen($data)) {
    $n = socket_write($c, substr($data, $written));
    if ($n === false) break;
    $written += $n;
}
var_dump($written);
socket_shutdown($c, 1);
$got = '';
$reads = 0;
while (($chunk = socket_read($a, 8192)) !== '' && $chunk !== false) {
    if (strlen($chunk) > 8192) echo "chunk too long\n";
    $got .= $chunk;
    $reads++;
}
var_dump($chunk, strlen($got), $got === $data, $reads > 1);
?>
--EXPECT--
int(100000)
int(100000)
string(0) ""
int(100000)
bool(true)
bool(true)
