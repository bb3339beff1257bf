--TEST--
tsp_sockets: socket_sendmsg(), socket_recvmsg(): the socket closed by user code during the conversion
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* When user code closes the socket itself while its message is converted
 * (socket_close(), or fclose() of the stream it was exported as), the call
 * fails with EBADF as ext/sockets' does, and never uses the descriptor number
 * that something else may have taken meanwhile. */
require __DIR__ . '/../inc/util.inc';

class CloseIt
{
    public function __construct(private string $how, private string $value) {}
    public function __toString(): string
    {
        global $s, $st, $taken;
        if ($this->how === 'socket_close') {
            socket_close($s);
        } else {
            fclose($st);
        }
        /* something that takes the freed number */
        socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $taken);
        return $this->value;
    }
}
function peer_got($taken) { return @socket_recv($taken[1], $buf, 100, MSG_DONTWAIT) === false ? 'nothing' : $buf; }

foreach (['socket_close', 'fclose'] as $how) {
    socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
    $s = $p[0];
    $st = socket_export_stream($s);
    socket_clear_error();
    show("sendmsg, $how", fn() => socket_sendmsg($s, ['iov' => ['a', new CloseIt($how, 'b')]], 0));
    echo 'socket_last_error(): ', socket_last_error(), ', peer of the new pair got: ', peer_got($taken), "\n";

    socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
    $s = $p[0];
    $st = socket_export_stream($s);
    socket_write($p[1], 'queued');
    $m = ['buffer_size' => new CloseIt($how, '100'), 'controllen' => 10];
    show("recvmsg, $how", fn() => socket_recvmsg($s, $m, MSG_DONTWAIT));
    echo 'socket_last_error(): ', socket_last_error(), "\n";
}
?>
--EXPECTF--

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
sendmsg, socket_close: bool(false)
socket_last_error(): 9, peer of the new pair got: nothing

Warning: socket_recvmsg(): Error in recvmsg [9]: Bad file descriptor in %s on line %d
recvmsg, socket_close: bool(false)
socket_last_error(): 9

Warning: socket_sendmsg(): Error in sendmsg [9]: Bad file descriptor in %s on line %d
sendmsg, fclose: bool(false)
socket_last_error(): 9, peer of the new pair got: nothing

Warning: socket_recvmsg(): Error in recvmsg [9]: Bad file descriptor in %s on line %d
recvmsg, fclose: bool(false)
socket_last_error(): 9
