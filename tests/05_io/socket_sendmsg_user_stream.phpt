--TEST--
tsp_sockets: socket_sendmsg(): SCM_RIGHTS with a user-space stream whose cast runs user code
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* Casting a user-space stream to a descriptor calls its stream_cast(): user
 * code that can change the message it is part of. The conversion goes on with
 * the message as it was, and passes the descriptor the cast gave. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);

class Wrapper
{
    public $context;
    private $inner;
    public function stream_open($path, $mode, $options, &$opened): bool
    {
        $this->inner = fopen(__FILE__, 'r');
        return true;
    }
    public function stream_cast(int $as)
    {
        global $msg, $data;
        $msg = null;
        $data[] = 'not a descriptor';
        echo "stream_cast\n";
        return $this->inner;
    }
    public function stream_read($n) { return false; }
    public function stream_eof() { return true; }
}
stream_wrapper_register('tspmsg', Wrapper::class);
$user = fopen('tspmsg://x', 'r');

$data = [$user, $p[0]];
$msg = ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $data]]];
show('sent', fn() => socket_sendmsg($p[0], $msg, 0));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT));
$got = $m['control'][0]['data'];
echo count($got), " descriptors: ", get_resource_type($got[0]), ' (first line: ', trim(fgets($got[0])), '), ', get_class($got[1]), "\n";

/* the descriptor array by reference is refused before any cast */
$data = [$user, $p[0]];
show('data by reference', fn() => socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => &$data]]], 0));
/* a cast that gives nothing */
class NoCast extends Wrapper { public function stream_cast(int $as) { return false; } }
stream_wrapper_register('tspmsgno', NoCast::class);
$none = fopen('tspmsgno://x', 'r');
show('no descriptor', fn() => socket_sendmsg($p[0], ['iov' => ['x'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$p[0], $none]]]], 0));
?>
--EXPECTF--
stream_cast
sent: int(1)
int(1)
2 descriptors: stream (first line: <?php), Socket

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected an array here in %s on line %d
data by reference: bool(false)

Warning: socket_sendmsg(): Cannot represent a stream of type user-space as a File Descriptor in %s on line %d

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #2): cast stream to file descriptor failed in %s on line %d
no descriptor: bool(false)
