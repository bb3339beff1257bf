--TEST--
tsp_sockets: socket_read(): PHP_NORMAL_READ when the length ends at or before the line end
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_write($c, "abc\nxyz\r\n12345\n");
foreach ([4, 5, 3, 1, 1, 1, 5] as $len) {
    echo "length $len: ";
    var_dump(bin2hex(socket_read($a, $len, PHP_NORMAL_READ)));
}
?>
--EXPECT--
length 4: string(8) "6162630a"
length 5: string(8) "78797a0d"
length 3: string(2) "0a"
length 1: string(2) "31"
length 1: string(2) "32"
length 1: string(2) "33"
length 5: string(6) "34350a"
