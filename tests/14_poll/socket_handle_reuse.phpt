--TEST--
tsp_sockets: SocketPollHandle: the descriptor number of a Socket closed while watched, taken by the next socket, is a new watcher in the same Context; the old one never comes back
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!class_exists('SocketPollHandle')) die("skip SocketPollHandle is tsp_sockets' own, and not on PHP 8.6"); ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $old);
    $w = $c->add(new SocketPollHandle($old[0]), [Event::Read, Event::Write], 'old');
    socket_write($old[1], 'x');
    echo pt_look($c), "\n";
    socket_close($old[0]);
    socket_close($old[1]);
    /* the next pair takes the two lowest free numbers: the old ones */
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $new);
    $wn = $c->add(new SocketPollHandle($new[0]), [Event::Write], 'new');
    $wn2 = $c->add(new SocketPollHandle($new[1]), [Event::Read], 'peer');
    echo pt_look($c), ' ', var_export($w->isActive(), true), "\n";
    socket_write($new[0], 'y');
    echo pt_look($c), "\n";
    socket_close($new[0]);
    socket_close($new[1]);
    echo pt_look($c), "\n";
}
?>
--EXPECT--
== Epoll
['old':Read,Write]
['new':Write] false
['new':Write 'peer':Read]
[]
== Poll
['old':Read,Write]
['new':Write] false
['new':Write 'peer':Read]
[]
