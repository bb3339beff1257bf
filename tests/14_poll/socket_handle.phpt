--TEST--
tsp_sockets: SocketPollHandle: Socket objects (socket_create(), socket_accept(), socket_create_pair()) and streams (stream_socket_server()) in one Context; construction errors; socket_close() and fclose() of the exported stream retire the watcher
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!class_exists('SocketPollHandle')) die("skip SocketPollHandle is tsp_sockets' own, and not on PHP 8.6"); ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
require __DIR__ . '/../inc/util.inc';
use Io\Poll\{Context, Event, Backend};

pt_try('not a Socket', fn () => new SocketPollHandle(new stdClass()));
pt_try('a stream', fn () => new SocketPollHandle(STDIN));
$closed = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_close($closed);
pt_try('closed', fn () => new SocketPollHandle($closed));
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$h = new SocketPollHandle($pair[0]);
var_dump($h instanceof Io\Poll\Handle, $h->getSocket() === $pair[0], $h->isValid());
pt_try('again', fn () => $h->__construct($pair[1]));
pt_try('clone', fn () => clone $h);
pt_try('serialize', fn () => serialize($h));
pt_try('dynamic property', function () use ($h) { $h->x = 1; });

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    [$listener, $port] = tcp_listener();
    $server = stream_socket_server('tcp://127.0.0.1:0');
    $c->add(new SocketPollHandle($listener), [Event::Read], 'socket listener');
    $c->add(new StreamPollHandle($server), [Event::Read], 'stream listener');
    echo pt_look($c), "\n";
    $c1 = stream_socket_client("tcp://127.0.0.1:$port");
    $c2 = stream_socket_client('tcp://' . stream_socket_get_name($server, false));
    for ($i = 0, $r = []; $i < 100 && count($r) < 2; $i++) {
        $r = $c->wait(Time\Duration::fromMilliseconds(20));
    }
    echo pt_report($r), "\n";
    $accepted = socket_accept($listener);
    $conn = stream_socket_accept($server);
    $wa = $c->add(new SocketPollHandle($accepted), [Event::Read], 'accepted socket');
    $c->add(new StreamPollHandle($conn), [Event::Read], 'accepted stream');
    fwrite($c1, 'a');
    fwrite($c2, 'b');
    for ($i = 0, $r = []; $i < 100 && count($r) < 2; $i++) {
        $r = $c->wait(Time\Duration::fromMilliseconds(20));
    }
    echo pt_report($r), "\n";
    var_dump(socket_read($accepted, 10), fread($conn, 10));

    /* socket_close(): retired at once */
    socket_close($accepted);
    echo 'closed: active=', var_export($wa->isActive(), true), ' valid=', var_export($wa->getHandle()->isValid(), true), ' ', pt_look($c), "\n";
    pt_try('remove', fn () => $wa->remove());
    pt_try('modifyEvents', fn () => $wa->modifyEvents([Event::Read]));
    fclose($c1);
    echo pt_look($c), "\n";

    /* a Socket whose exported stream fclose() closes */
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    $ws = $c->add(new SocketPollHandle($p[0]), [Event::Write], 'exported');
    $stream = socket_export_stream($p[0]);
    echo pt_look($c), "\n";
    fclose($stream);
    echo 'stream closed: active=', var_export($ws->isActive(), true), ' valid=', var_export($ws->getHandle()->isValid(), true), ' ', pt_look($c), "\n";
    pt_try('add the orphan', fn () => $c->add(new SocketPollHandle($p[0]), [Event::Write]));

    /* a Socket made from a stream, each watched in a Context: socket_close() ends both */
    [$x, $y] = pt_pair();
    $sx = socket_import_stream($x);
    $other = new Context($backend);
    $w1 = $c->add(new SocketPollHandle($sx), [Event::Write], 'imported');
    $w2 = $other->add(new StreamPollHandle($x), [Event::Write], 'its stream');
    echo pt_look($c), ' ', pt_look($other), "\n";
    socket_close($sx);
    echo 'both: ', var_export($w1->isActive() || $w2->isActive(), true), ' ', pt_look($c), ' ', pt_look($other), "\n";
    fclose($c2);
    fclose($conn);
}
?>
--EXPECT--
not a Socket: TypeError: SocketPollHandle::__construct(): Argument #1 ($socket) must be of type Socket, stdClass given
a stream: TypeError: SocketPollHandle::__construct(): Argument #1 ($socket) must be of type Socket, resource given
closed: Error: SocketPollHandle::__construct(): Argument #1 ($socket) has already been closed
bool(true)
bool(true)
bool(true)
again: Error: SocketPollHandle object is already constructed
clone: Error: Trying to clone an uncloneable object of class SocketPollHandle
serialize: Exception (0): Serialization of 'SocketPollHandle' is not allowed
dynamic property: Error: Cannot create dynamic property SocketPollHandle::$x
== Epoll
[]
['socket listener':Read 'stream listener':Read]
['accepted socket':Read 'accepted stream':Read]
string(1) "a"
string(1) "b"
closed: active=false valid=false []
remove: NULL
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
[]
['exported':Write]
stream closed: active=false valid=false []
add the orphan: Io\Poll\InvalidHandleException (0): Invalid handle for polling
['imported':Write] ['its stream':Write]
both: false [] []
== Poll
[]
['socket listener':Read 'stream listener':Read]
['accepted socket':Read 'accepted stream':Read]
string(1) "a"
string(1) "b"
closed: active=false valid=false []
remove: NULL
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
[]
['exported':Write]
stream closed: active=false valid=false []
add the orphan: Io\Poll\InvalidHandleException (0): Invalid handle for polling
['imported':Write] ['its stream':Write]
both: false [] []
