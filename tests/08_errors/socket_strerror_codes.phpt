--TEST--
tsp_sockets: socket_strerror(): errno values and resolver codes -10001..-10004
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
foreach ([0, 1, 11, 22, 32, 98, 104, 107, 110, 111, 115, 133, 134, 4095, -1, -9999] as $code) {
    echo $code, ': ', socket_strerror($code), "\n";
}
echo "resolver:\n";
foreach ([-10000, -10001, -10002, -10003, -10004, -10005, -20000] as $code) {
    echo $code, ': ', socket_strerror($code), "\n";
}
var_dump(socket_strerror(SOCKET_EAGAIN) === socket_strerror(11));
var_dump(SOCKET_EINPROGRESS, SOCKET_ECONNREFUSED, SOCKET_EADDRINUSE, SOCKET_EPIPE, SOCKET_ECONNRESET, SOCKET_ENOTCONN);
?>
--EXPECT--
0: Success
1: Operation not permitted
11: Resource temporarily unavailable
22: Invalid argument
32: Broken pipe
98: Address already in use
104: Connection reset by peer
107: Transport endpoint is not connected
110: Connection timed out
111: Connection refused
115: Operation now in progress
133: Memory page has hardware error
134: Unknown error 134
4095: Unknown error 4095
-1: Unknown error -1
-9999: Unknown error -9999
resolver:
-10000: Unknown error -10000
-10001: Unknown host
-10002: Host name lookup failure
-10003: Unknown server error
-10004: No address associated with name
-10005: Unknown resolver error
-20000: Unknown resolver error
bool(true)
int(115)
int(111)
int(98)
int(32)
int(104)
int(107)
