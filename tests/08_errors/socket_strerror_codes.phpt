--TEST--
tsp_sockets: socket_strerror(): errno values and resolver codes -10001..-10004
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
<?php
if (!is_file(ini_get('extension_dir') . '/posix.so')) die('skip the posix extension (the C library\'s texts) is not installed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* The C library's text for each code, through posix_strerror() in a PHP of
 * its own (this one runs with tsp_sockets alone): the texts of unassigned
 * numbers change between C library versions. */
$codes = [0, SOCKET_EPERM, SOCKET_EAGAIN, SOCKET_EINVAL, SOCKET_EPIPE, SOCKET_EADDRINUSE, SOCKET_ECONNRESET,
    SOCKET_ENOTCONN, SOCKET_ETIMEDOUT, SOCKET_ECONNREFUSED, SOCKET_EINPROGRESS, 133, 134, 4095, -1, -9999];
$libc = json_decode(shell_exec(escapeshellarg(PHP_BINARY) . ' -n -d extension=posix -r '
    . escapeshellarg('echo json_encode(array_map("posix_strerror", array_map("intval", array_slice($argv, 1))));')
    . ' -- ' . implode(' ', array_map('escapeshellarg', $codes))), true);
foreach ($codes as $i => $code) {
    $text = socket_strerror($code);
    echo $code, ': ', $text === $libc[$i] ? 'the C library\'s text' : "\"$text\", the C library says \"{$libc[$i]}\"", "\n";
}
/* the texts of the common codes, as every C library version words them */
foreach ([SOCKET_EAGAIN, SOCKET_ECONNREFUSED, SOCKET_EADDRINUSE, SOCKET_ENOTCONN] as $code) {
    echo $code, ': ', socket_strerror($code), "\n";
}
echo "resolver:\n";
foreach ([-10000, -10001, -10002, -10003, -10004, -10005, -20000] as $code) {
    echo $code, ': ', socket_strerror($code), "\n";
}
var_dump(socket_strerror(SOCKET_EAGAIN) === socket_strerror(SOCKET_EWOULDBLOCK));
var_dump(SOCKET_EINPROGRESS, SOCKET_ECONNREFUSED, SOCKET_EADDRINUSE, SOCKET_EPIPE, SOCKET_ECONNRESET, SOCKET_ENOTCONN);
?>
--EXPECT--
0: the C library's text
1: the C library's text
11: the C library's text
22: the C library's text
32: the C library's text
98: the C library's text
104: the C library's text
107: the C library's text
110: the C library's text
111: the C library's text
115: the C library's text
133: the C library's text
134: the C library's text
4095: the C library's text
-1: the C library's text
-9999: the C library's text
11: Resource temporarily unavailable
111: Connection refused
98: Address already in use
107: Transport endpoint is not connected
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
