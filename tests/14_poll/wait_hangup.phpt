--TEST--
tsp_sockets: Io\Poll: Error and HangUp are reported without being asked for; ReadHangUp (the peer shut down its writing side) on epoll, not on Backend::Poll
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    [$a, $b] = pt_pair();
    $w = $c->add(new StreamPollHandle($a), [Event::ReadHangUp], 'a');
    echo 'nothing yet: ', pt_look($c), "\n";
    stream_socket_shutdown($b, STREAM_SHUT_WR);
    echo 'peer shut writing: ', pt_look($c), "\n";
    $w->modifyEvents([Event::Read]);
    echo 'as Read: ', pt_look($c), "\n";
    $w->modifyEvents([Event::Error]);
    echo 'as Error: ', pt_look($c), "\n";
    fclose($b);
    echo 'peer gone, Error asked: ', pt_look($c), "\n";
    foreach ([[Event::Read], [Event::Write], [Event::ReadHangUp], [Event::Read, Event::Write, Event::ReadHangUp]] as $ev) {
        $w->modifyEvents($ev);
        echo 'peer gone, ', pt_names($ev), ' asked: ', pt_look($c), "\n";
    }
}
/* a pending socket error (asked for reading, nothing to read): a UDP datagram refused by an unused port */
$u = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
$addr = stream_socket_get_name($u, false);
fclose($u);
$s = stream_socket_client("udp://$addr");
$c = new Context();
$c->add(new StreamPollHandle($s), [Event::Read], 'udp');
fwrite($s, 'x');
for ($i = 0, $r = '[]'; $i < 100 && $r === '[]'; $i++) {
    $r = pt_report($c->wait(Time\Duration::fromMilliseconds(20)));
}
echo 'refused: ', $r, "\n";
?>
--EXPECT--
== Epoll
nothing yet: []
peer shut writing: ['a':ReadHangUp]
as Read: ['a':Read]
as Error: []
peer gone, Error asked: ['a':HangUp]
peer gone, Read asked: ['a':Read,HangUp]
peer gone, Write asked: ['a':Write,HangUp]
peer gone, ReadHangUp asked: ['a':HangUp,ReadHangUp]
peer gone, Read,Write,ReadHangUp asked: ['a':Read,Write,HangUp,ReadHangUp]
== Poll
nothing yet: []
peer shut writing: []
as Read: ['a':Read]
as Error: []
peer gone, Error asked: ['a':HangUp]
peer gone, Read asked: ['a':Read,HangUp]
peer gone, Write asked: ['a':Write,HangUp]
peer gone, ReadHangUp asked: ['a':HangUp]
peer gone, Read,Write,ReadHangUp asked: ['a':Read,Write,HangUp]
refused: ['udp':Error]
