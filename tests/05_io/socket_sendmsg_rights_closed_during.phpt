--TEST--
tsp_sockets: socket_sendmsg(): SCM_RIGHTS passes the descriptors given, even when user code closes them before the call
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* A descriptor is taken when its element is read. User code later in the
 * conversion that closes the Socket or stream, and opens something that
 * takes the freed number, does not change what the peer receives. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$path = sys_get_temp_dir() . '/tsp_msg_rights_' . getmypid();
@unlink($path);
$victim = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($victim, $path);
$file = fopen(__FILE__, 'r');

/* closes both, then makes sockets that take the freed numbers */
class Closer
{
    public function __toString(): string
    {
        global $victim, $file, $opened;
        socket_close($victim);
        fclose($file);
        for ($i = 0; $i < 4; $i++) {
            $opened[] = socket_create(AF_UNIX, SOCK_STREAM, 0);
        }
        return (string) SOL_SOCKET;
    }
}
$opened = [];
$msg = ['iov' => ['x'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$victim, $file]],
    ['level' => new Closer, 'type' => SCM_RIGHTS, 'data' => [$p[0]]],
]];
show('sent', fn() => socket_sendmsg($p[0], $msg, 0));
$m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT));
$got = $m['control'][0]['data'];
echo count($got), " descriptors\n";
socket_getsockname($got[0], $a);
echo 'first: ', get_class($got[0]), ' bound to the closed socket\'s path: ', var_export($a === $path, true), "\n";
echo 'second: ', get_resource_type($got[1]), ', first line: ', trim(fgets($got[1])), "\n";
echo 'third: ', get_class($got[2]), "\n";
/* the received copy works, though the sender's socket was closed */
var_dump(socket_sendto($got[0], 'still open', 10, 0, $path));
var_dump(socket_recv($got[0], $buf, 100, MSG_DONTWAIT), $buf);
unlink($path);
?>
--EXPECTF--
sent: int(1)
int(1)
3 descriptors
first: Socket bound to the closed socket's path: true
second: stream, first line: <?php
third: Socket
int(10)
int(10)
string(10) "still open"
