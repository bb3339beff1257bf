--TEST--
tsp_sockets: socket_recvmsg(): $flags outside the C int range
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* $flags is a C int: a value outside its range is a ValueError (as in
 * ext/sockets). Cut to an int, -(2 ** 40) would be 0 and block on an empty
 * socket; it must throw at once. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$closed = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_close($closed);
$t = microtime(true);
foreach ([2147483648, -2147483649, PHP_INT_MAX, PHP_INT_MIN, -(2 ** 40)] as $f) {
    show("flags $f", function () use ($p, $f) { $m = ['controllen' => 10]; return socket_recvmsg($p[1], $m, $f); });
    show("flags $f, closed socket", function () use ($closed, $f) { $m = ['controllen' => 10]; return socket_recvmsg($closed, $m, $f); });
    show("flags $f, bad message", function () use ($p, $f) { $m = []; return socket_recvmsg($p[1], $m, $f); });
}
echo 'returned at once: ', var_export(microtime(true) - $t < 1.0, true), "\n";
socket_write($p[0], 'x');
show('flags -2147483648', function () use ($p) { $m = ['controllen' => 10]; return @socket_recvmsg($p[1], $m, -2147483648); });
show('flags MSG_DONTWAIT', function () use ($p) { $m = ['controllen' => 10]; return socket_recvmsg($p[1], $m, MSG_DONTWAIT); });
?>
--EXPECTF--
flags 2147483648: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 2147483648, closed socket: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 2147483648, bad message: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -2147483649: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -2147483649, closed socket: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -2147483649, bad message: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 9223372036854775807: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 9223372036854775807, closed socket: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 9223372036854775807, bad message: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -9223372036854775808: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -9223372036854775808, closed socket: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -9223372036854775808, bad message: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -1099511627776: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -1099511627776, closed socket: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -1099511627776, bad message: ValueError: socket_recvmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
returned at once: true
flags -2147483648: bool(false)
flags MSG_DONTWAIT: int(1)
