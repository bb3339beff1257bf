--TEST--
tsp_sockets: socket_sendmsg(): an error handler called in the middle of a conversion
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* Warnings raised while a message is converted ("Array to string
 * conversion", a failed call) call the error handler, which is user code:
 * what it does to the message's arrays does not reach the conversion, and an
 * exception it throws stops it with nothing sent. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);

$calls = 0;
set_error_handler(function (int $no, string $str) use (&$calls) {
    global $iov, $msg, $name;
    $calls++;
    echo "handler: $str\n";
    $iov = array_fill(0, 50, 'h');
    $msg = null;
    $name = null;
    return true;
});
$iov = ['a', [], 'b', [], 'c'];
$msg = ['iov' => $iov];
show('iov arrays as strings', fn() => socket_sendmsg($p[0], $msg, 0));
echo 'received: ', recv_now($p[1]), "\n";

$name = ['path' => []];
$msg = ['name' => $name, 'iov' => $iov];
show('unix path an array', fn() => socket_sendmsg($p[0], $msg, 0));

/* by reference the same arrays are refused, before any handler runs */
$iov = ['a', [], 'b'];
show('iov by reference', fn() => socket_sendmsg($p[0], ['iov' => &$iov], 0));
$name = ['path' => []];
show('name by reference', fn() => socket_sendmsg($p[0], ['name' => &$name, 'iov' => ['x']], 0));

set_error_handler(function (int $no, string $str) {
    throw new ErrorException($str);
});
$msg = ['iov' => ['a', [], 'b']];
show('handler throws', fn() => socket_sendmsg($p[0], $msg, 0));
echo 'received: ', recv_now($p[1]), "\n";
restore_error_handler();
restore_error_handler();
echo "handler calls: $calls\n";
?>
--EXPECTF--
handler: Array to string conversion
handler: Array to string conversion
iov arrays as strings: int(13)
received: aArraybArrayc
handler: Array to string conversion
handler: socket_sendmsg(): Error in sendmsg [2]: No such file or directory
unix path an array: bool(false)
handler: socket_sendmsg(): error converting user data (path: msghdr > iov): expected an array here
iov by reference: bool(false)
handler: socket_sendmsg(): error converting user data (path: msghdr > name): expected an array here
name by reference: bool(false)
handler throws: ErrorException: Array to string conversion
received: nothing
handler calls: 6
