--TEST--
tsp_sockets: socket_sendmsg(): control elements are read once, and user code cannot grow what was sized
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* Each element's level and type are read once, the room for its data is made
 * from that read, and the data written is what the message held then:
 * __toString() answering differently on a second call, or growing the arrays
 * the message was built from, changes nothing. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);

function received($s): string
{
    $m = ['buffer_size' => 10, 'controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 300)];
    $n = @socket_recvmsg($s, $m, MSG_DONTWAIT);
    if ($n === false) {
        return 'nothing';
    }
    $out = [];
    foreach ($m['control'] as $e) {
        $out[] = "level {$e['level']} type {$e['type']}: " . count($e['data']) . ' descriptors';
    }
    return $m['iov'][0] . ' [' . implode(', ', $out) . ']';
}

/* answers from a list, one per call */
class Answers
{
    public int $calls = 0;
    public function __construct(private array $answers) {}
    public function __toString(): string
    {
        return (string) $this->answers[min($this->calls++, count($this->answers) - 1)];
    }
}

$t = new Answers([SCM_RIGHTS, SCM_CREDENTIALS]);
show('type first SCM_RIGHTS, then SCM_CREDENTIALS', fn() => socket_sendmsg($p[0],
    ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => $t, 'data' => array_fill(0, 100, $p[0])]]], 0));
echo "type read {$t->calls} time(s); received: ", received($p[1]), "\n";

$t = new Answers([SCM_CREDENTIALS, SCM_RIGHTS]);
show('type first SCM_CREDENTIALS, then SCM_RIGHTS', fn() => socket_sendmsg($p[0],
    ['iov' => ['b'], 'control' => [['level' => SOL_SOCKET, 'type' => $t, 'data' => array_fill(0, 100, $p[0])]]], 0));
echo "type read {$t->calls} time(s); received: ", received($p[1]), "\n";

$t = new Answers([SCM_RIGHTS, 99]);
show('type first SCM_RIGHTS, then unknown', fn() => socket_sendmsg($p[0],
    ['iov' => ['c'], 'control' => [['level' => SOL_SOCKET, 'type' => $t, 'data' => [$p[0]]]]], 0));
echo "type read {$t->calls} time(s); received: ", received($p[1]), "\n";

$l = new Answers([SOL_SOCKET, 12345]);
show('level first SOL_SOCKET, then unknown', fn() => socket_sendmsg($p[0],
    ['iov' => ['d'], 'control' => [['level' => $l, 'type' => SCM_RIGHTS, 'data' => [$p[0], $p[1]]]]], 0));
echo "level read {$l->calls} time(s); received: ", received($p[1]), "\n";

/* a later element's level grows the descriptor array of an earlier one and of
 * its own, through the variables the message was built from (Linux hands the
 * descriptors of both over in one message) */
class Grow
{
    public function __toString(): string
    {
        global $fds, $msg, $p;
        for ($i = 0; $i < 200; $i++) {
            $fds[] = $p[0];
            $msg['control'][0]['data'][] = $p[0];
            $msg['control'][1]['data'][] = $p[0];
        }
        return (string) SOL_SOCKET;
    }
}
$fds = [$p[0], $p[1]];
$msg = ['iov' => ['e'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $fds],
    ['level' => new Grow, 'type' => SCM_RIGHTS, 'data' => $fds],
]];
show('descriptor arrays grown while converting', fn() => socket_sendmsg($p[0], $msg, 0));
echo 'received: ', received($p[1]), "\n";
echo 'the message variable now holds ', count($msg['control'][0]['data']), " descriptors in its first element\n";

/* the same array by reference is refused, as ext/sockets refuses it */
$fds = [$p[0]];
show('descriptor array by reference', fn() => socket_sendmsg($p[0],
    ['iov' => ['f'], 'control' => [['level' => new Grow, 'type' => SCM_RIGHTS, 'data' => &$fds]]], 0));
echo 'received: ', received($p[1]), "\n";
?>
--EXPECTF--
type first SCM_RIGHTS, then SCM_CREDENTIALS: int(1)
type read 1 time(s); received: a [level 1 type 1: 100 descriptors]

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'pid' is required in %s on line %d
type first SCM_CREDENTIALS, then SCM_RIGHTS: bool(false)
type read 1 time(s); received: nothing
type first SCM_RIGHTS, then unknown: int(1)
type read 1 time(s); received: c [level 1 type 1: 1 descriptors]
level first SOL_SOCKET, then unknown: int(1)
level read 1 time(s); received: d [level 1 type 1: 2 descriptors]
descriptor arrays grown while converting: int(1)
received: e [level 1 type 1: 4 descriptors]
the message variable now holds 202 descriptors in its first element

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected an array here in %s on line %d
descriptor array by reference: bool(false)
received: nothing
