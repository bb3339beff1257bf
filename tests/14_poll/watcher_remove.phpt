--TEST--
tsp_sockets: Io\Poll\Watcher::remove(): the watcher becomes inactive and is not reported; a second remove() and modify*() throw InactiveWatcherException; what it knew stays readable; the handle can be added again
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    [$a, $b] = pt_pair();
    $h = new StreamPollHandle($a);
    $w = $c->add($h, [Event::Write], 'a');
    echo pt_look($c), "\n";
    pt_try('remove', fn () => $w->remove());
    echo pt_look($c), ' active=', var_export($w->isActive(), true), "\n";
    pt_try('remove again', fn () => $w->remove());
    pt_try('modify', fn () => $w->modify([Event::Read], 'x'));
    pt_try('modifyEvents', fn () => $w->modifyEvents([Event::Read]));
    pt_try('modifyData', fn () => $w->modifyData('x'));
    pt_try('bad events first', fn () => $w->modifyEvents([]));
    echo pt_names($w->getWatchedEvents()), ' ', pt_names($w->getTriggeredEvents()), ' ', var_export($w->getData(), true), ' ',
        var_export($w->getHandle() === $h, true), ' ', var_export($w->hasTriggered(Event::Write), true), "\n";
    $w2 = $c->add($h, [Event::Write], 'again');
    echo pt_look($c), ' ', var_export($w2 !== $w && $w2->isActive() && !$w->isActive(), true), "\n";
    pt_try('remove(1)', fn () => $w2->remove(1));
}
?>
--EXPECT--
== Epoll
['a':Write]
remove: NULL
[] active=false
remove again: Io\Poll\InactiveWatcherException (0): Cannot remove inactive watcher
modify: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
modifyData: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
bad events first: TypeError: Io\Poll\Watcher::modifyEvents(): Argument #1 ($events) must be array of Event enums
Write Write 'a' true true
['again':Write] true
remove(1): ArgumentCountError: Io\Poll\Watcher::remove() expects exactly 0 arguments, 1 given
== Poll
['a':Write]
remove: NULL
[] active=false
remove again: Io\Poll\InactiveWatcherException (0): Cannot remove inactive watcher
modify: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
modifyData: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
bad events first: TypeError: Io\Poll\Watcher::modifyEvents(): Argument #1 ($events) must be array of Event enums
Write Write 'a' true true
['again':Write] true
remove(1): ArgumentCountError: Io\Poll\Watcher::remove() expects exactly 0 arguments, 1 given
