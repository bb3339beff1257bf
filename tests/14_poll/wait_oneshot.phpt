--TEST--
tsp_sockets: Io\Poll\Event::OneShot: reported once, then the watcher stays active but disarmed (not even a hang-up is reported) until modifyEvents() or modify() arms it again; modifyData() does not
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
    $w = $c->add(new StreamPollHandle($a), [Event::Read, Event::OneShot], 'a');
    $wb = $c->add(new StreamPollHandle($b), [Event::Write], 'b');
    echo pt_look($c), "\n";
    fwrite($b, 'x');
    echo pt_look($c), "\n";
    echo 'fired: ', pt_look($c), ' active=', var_export($w->isActive(), true), ' watched=', pt_names($w->getWatchedEvents()),
        ' triggered=', pt_names($w->getTriggeredEvents()), "\n";
    $w->modifyData('a2');
    echo 'data changed: ', pt_look($c), "\n";
    $w->modifyEvents([Event::Read, Event::OneShot]);
    echo 'armed again: ', pt_look($c), ' then ', pt_look($c), "\n";
    $w->modify([Event::Read, Event::OneShot], 'a3');
    echo 'modify: ', pt_look($c), ' then ', pt_look($c), "\n";
    $wb->remove();
    fclose($b);
    echo 'hang-up while disarmed: ', pt_look($c), "\n";
    $w->modifyEvents([Event::Write, Event::OneShot]);
    echo 'armed for writing: ', pt_look($c), ' then ', pt_look($c), "\n";
    $w->modifyEvents([Event::Read]);
    echo 'level again: ', pt_look($c), ' ', pt_look($c), "\n";
    $w->remove();
    echo 'removed: ', var_export($w->isActive(), true), "\n";
}
?>
--EXPECT--
== Epoll
['b':Write]
['a':Read 'b':Write]
fired: ['b':Write] active=true watched=Read,OneShot triggered=Read
data changed: ['b':Write]
armed again: ['a2':Read 'b':Write] then ['b':Write]
modify: ['a3':Read 'b':Write] then ['b':Write]
hang-up while disarmed: []
armed for writing: ['a3':Write,HangUp] then []
level again: ['a3':Read,HangUp] ['a3':Read,HangUp]
removed: false
== Poll
['b':Write]
['a':Read 'b':Write]
fired: ['b':Write] active=true watched=Read,OneShot triggered=Read
data changed: ['b':Write]
armed again: ['a2':Read 'b':Write] then ['b':Write]
modify: ['a3':Read 'b':Write] then ['b':Write]
hang-up while disarmed: []
armed for writing: ['a3':Write,HangUp] then []
level again: ['a3':Read,HangUp] ['a3':Read,HangUp]
removed: false
