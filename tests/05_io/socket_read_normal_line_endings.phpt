--TEST--
tsp_sockets: socket_read(): PHP_NORMAL_READ stops at \n and at \r
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_write($c, "line1\nline2\rline3\r\n\n\rabcdefgh\n");
for ($i = 0; $i < 6; $i++) {
    var_dump(bin2hex(socket_read($a, 100, PHP_NORMAL_READ)));
}
/* length limits the line */
var_dump(socket_read($a, 3, PHP_NORMAL_READ));
var_dump(socket_read($a, 3, PHP_NORMAL_READ));
var_dump(bin2hex(socket_read($a, 100, PHP_NORMAL_READ)));
/* a binary read after a normal read gets the rest */
socket_write($c, "one\ntwo");
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
var_dump(socket_read($a, 100, PHP_BINARY_READ));
/* length 1 */
socket_write($c, "\nz");
var_dump(bin2hex(socket_read($a, 1, PHP_NORMAL_READ)));
var_dump(socket_read($a, 1, PHP_NORMAL_READ));
?>
--EXPECT--
string(12) "6c696e65310a"
string(12) "6c696e65320d"
string(12) "6c696e65330d"
string(2) "0a"
string(2) "0a"
string(2) "0d"
string(3) "abc"
string(3) "def"
string(6) "67680a"
string(4) "one
"
string(3) "two"
string(2) "0a"
string(1) "z"
