--TEST--
tsp_sockets: socket_sendmsg(): $flags outside the C int range
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* $flags is a C int: a value outside its range is a ValueError (as in
 * ext/sockets), checked before the socket and the message, never cut to
 * other flags. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$closed = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_close($closed);
foreach ([2147483648, -2147483649, PHP_INT_MAX, PHP_INT_MIN, -(2 ** 40), 2 ** 32 | MSG_DONTWAIT] as $f) {
    show("flags $f", fn() => socket_sendmsg($p[0], ['iov' => ['x']], $f));
    show("flags $f, closed socket", fn() => socket_sendmsg($closed, ['iov' => ['x']], $f));
    show("flags $f, bad message", fn() => socket_sendmsg($p[0], ['iov' => 5], $f));
}
var_dump(@socket_recv($p[1], $buf, 10, MSG_DONTWAIT));
show('flags 2147483647', fn() => @socket_sendmsg($p[0], ['iov' => ['x']], 2147483647));
show('flags MSG_DONTWAIT', fn() => socket_sendmsg($p[0], ['iov' => ['x']], MSG_DONTWAIT));
?>
--EXPECTF--
flags 2147483648: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 2147483648, closed socket: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 2147483648, bad message: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -2147483649: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -2147483649, closed socket: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -2147483649, bad message: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 9223372036854775807: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 9223372036854775807, closed socket: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 9223372036854775807, bad message: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -9223372036854775808: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -9223372036854775808, closed socket: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -9223372036854775808, bad message: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -1099511627776: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -1099511627776, closed socket: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags -1099511627776, bad message: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 4294967360: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 4294967360, closed socket: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
flags 4294967360, bad message: ValueError: socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
bool(false)
flags 2147483647: bool(false)
flags MSG_DONTWAIT: int(1)
