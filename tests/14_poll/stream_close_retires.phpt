--TEST--
tsp_sockets: Io\Poll: fclose() of a watched stream retires its watcher at once (inactive, never reported, remove() does nothing; getStream() gives the closed stream), its descriptor number taken by a new stream is a new watcher, and a copy of the descriptor kept by a child reports nothing
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc';
if (!function_exists('proc_open')) die('skip proc_open');
?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    [$a, $b] = pt_pair();
    $fd = pt_fd($a);
    $h = new StreamPollHandle($a);
    $w = $c->add($h, [Event::Read, Event::Write], 'old');
    echo pt_look($c), "\n";
    fclose($a);
    echo 'closed: active=', var_export($w->isActive(), true), ' valid=', var_export($h->isValid(), true),
        ' stream=', get_debug_type($h->getStream()), ' ', pt_look($c), "\n";
    pt_try('remove', fn () => $w->remove());
    pt_try('remove again', fn () => $w->remove());
    pt_try('modifyEvents', fn () => $w->modifyEvents([Event::Read]));
    pt_try('modifyData', fn () => $w->modifyData(1));
    pt_try('add again', fn () => $c->add($h, [Event::Read]));
    echo 'kept: ', pt_names($w->getWatchedEvents()), ' ', pt_names($w->getTriggeredEvents()), ' ', $w->getData(), "\n";
    /* new streams take the lowest free numbers: the old one among them */
    $new = [];
    for ($i = 0; $i < 4 && !array_filter($new, fn ($s) => pt_fd($s) === $fd); $i++) {
        array_push($new, ...pt_pair());
    }
    foreach ($new as $s) {
        if (pt_fd($s) === $fd) {
            $wn = $c->add(new StreamPollHandle($s), [Event::Write], 'new');
        }
    }
    echo isset($wn) ? 'same number: ' . pt_look($c) : 'number not reused', "\n";
    fclose($b);
    array_map('fclose', $new); /* the Context holds the streams: only a close ends them */
    unset($wn, $new);

    /* a child keeps a copy of the descriptor: the registration must go with the close */
    [$r, $wr] = pt_pair();
    $c->add(new StreamPollHandle($r), [Event::Read], 'inherited');
    $p = proc_open([PHP_BINARY, '-n', '-r', 'fgets(STDIN);'], [0 => ['pipe', 'r'], 3 => $r], $pipes);
    fclose($r);
    fwrite($wr, 'ping');
    echo 'copy in a child: ', pt_look($c), "\n";
    fclose($pipes[0]);
    proc_close($p);
}
?>
--EXPECT--
== Epoll
['old':Write]
closed: active=false valid=false stream=resource (closed) []
remove: NULL
remove again: NULL
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
modifyData: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
add again: Io\Poll\InvalidHandleException (0): Invalid handle for polling
kept: Read,Write Write old
same number: ['new':Write]
copy in a child: []
== Poll
['old':Write]
closed: active=false valid=false stream=resource (closed) []
remove: NULL
remove again: NULL
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
modifyData: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
add again: Io\Poll\InvalidHandleException (0): Invalid handle for polling
kept: Read,Write Write old
same number: ['new':Write]
copy in a child: []
