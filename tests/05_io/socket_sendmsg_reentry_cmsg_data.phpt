--TEST--
tsp_sockets: socket_sendmsg(): control data fields whose __toString() replaces the data or the message
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
/* Structure and integer data are written into the room made for their type;
 * a field's __toString() that replaces the data array or the message changes
 * neither what is read nor where it is written. Data by reference, which user
 * code could replace under the conversion, is refused as in ext/sockets. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_set_option($p[1], SOL_SOCKET, SO_PASSCRED, 1);

class Replace
{
    public function __construct(private string $value) {}
    public function __toString(): string
    {
        global $data, $msg, $p;
        $data = array_fill(0, 100, $p[0]);
        $msg = null;
        return $this->value;
    }
}
function creds($s)
{
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
    if (@socket_recvmsg($s, $m, MSG_DONTWAIT) === false) {
        return 'nothing';
    }
    $d = $m['control'][0]['data'];
    return $m['iov'][0] . ': pid ' . ($d['pid'] === getmypid() ? 'ours' : $d['pid']) . ', uid ' . ($d['uid'] === getmyuid() ? 'ours' : $d['uid']);
}

foreach (['pid', 'uid', 'gid'] as $i => $key) {
    $data = ['pid' => getmypid(), 'uid' => getmyuid(), 'gid' => getmygid()];
    $data[$key] = new Replace((string) $data[$key]);
    $msg = ['iov' => ["c$i"], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $data]]];
    show("$key replaces the data", fn() => socket_sendmsg($p[0], $msg, 0));
    echo 'received ', creds($p[1]), "\n";
}

$data = ['pid' => new Replace((string) getmypid()), 'uid' => getmyuid(), 'gid' => getmygid()];
show('data by reference', fn() => socket_sendmsg($p[0], ['iov' => ['r'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => &$data]]], 0));
$pid = getmypid();
show('field by reference', fn() => socket_sendmsg($p[0], ['iov' => ['r'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => &$pid, 'uid' => 0, 'gid' => 0]]]], 0));
echo 'received ', creds($p[1]), "\n";

/* an integer datum (IPV6_HOPLIMIT: ignored by a unix socket, but converted) */
$msg = ['iov' => ['h'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => new Replace('7')]]];
show('hop limit replaces the message', fn() => socket_sendmsg($p[0], $msg, 0));
$msg = ['iov' => ['h'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => new Replace('x')]]];
show('hop limit not numeric', fn() => socket_sendmsg($p[0], $msg, 0));
$hop = 7;
show('hop limit by reference', fn() => socket_sendmsg($p[0], ['iov' => ['h'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => &$hop]]], 0));

/* IPV6_PKTINFO fields */
$msg = ['iov' => ['i'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => new Replace('::1'), 'ifindex' => new Replace('lo')]]]];
show('pktinfo fields replace the message', fn() => socket_sendmsg($p[0], $msg, 0));
$msg = ['iov' => ['i'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => new Replace('no-such-if0')]]]];
show('pktinfo unknown interface', fn() => socket_sendmsg($p[0], $msg, 0));
?>
--EXPECTF--
pid replaces the data: int(2)
received c0: pid ours, uid ours
uid replaces the data: int(2)
received c1: pid ours, uid ours
gid replaces the data: int(2)
received c2: pid ours, uid ours

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an array here in %s on line %d
data by reference: bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > pid): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
field by reference: bool(false)
received nothing
hop limit replaces the message: int(1)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an integer, but got a non numeric string (possibly from a converted object): 'x' in %s on line %d
hop limit not numeric: bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
hop limit by reference: bool(false)
pktinfo fields replace the message: int(1)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > ifindex): no interface with name "no-such-if0" could be found in %s on line %d
pktinfo unknown interface: bool(false)
