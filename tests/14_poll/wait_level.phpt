--TEST--
tsp_sockets: Io\Poll\Context::wait(): level-triggered by default (reported while ready), the same Watcher objects with their triggered events, hasTriggered(), maxEvents
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
    stream_set_read_buffer($a, 0); /* each fread() takes from the kernel only what it returns */
    $wa = $c->add(new StreamPollHandle($a), [Event::Read], 'a');
    $wb = $c->add(new StreamPollHandle($b), [Event::Write], 'b');
    echo pt_look($c), "\n";
    echo pt_look($c), "\n";
    fwrite($b, 'xy');
    $got = $c->wait(Time\Duration::fromSeconds(0));
    echo pt_report($got), ' ', var_export(in_array($wa, $got, true) && in_array($wb, $got, true), true), "\n";
    var_dump(array_is_list($got), $wa->hasTriggered(Event::Read), $wa->hasTriggered(Event::Write), $wb->hasTriggered(Event::Write));
    echo pt_look($c), "\n"; /* still readable */
    echo pt_look($c, 1), ' ', pt_look($c, 2), ' ', pt_look($c, 3), "\n";
    fread($a, 1);
    echo pt_look($c), "\n";
    fread($a, 1);
    echo pt_look($c), "\n"; /* drained */
    echo 'last report kept: ', pt_names($wa->getTriggeredEvents()), "\n";
    $wa->modifyEvents([Event::Read, Event::Write]);
    echo pt_look($c), "\n";
    pt_try('bad', fn () => $wa->hasTriggered(1));
}
?>
--EXPECTF--
== Epoll
['b':Write]
['b':Write]
['a':Read 'b':Write] true
bool(true)
bool(true)
bool(false)
bool(true)
['a':Read 'b':Write]
[%s] ['a':Read 'b':Write] ['a':Read 'b':Write]
['a':Read 'b':Write]
['b':Write]
last report kept: Read
['a':Write 'b':Write]
bad: TypeError: Io\Poll\Watcher::hasTriggered(): Argument #1 ($event) must be of type Io\Poll\Event, int given
== Poll
['b':Write]
['b':Write]
['a':Read 'b':Write] true
bool(true)
bool(true)
bool(false)
bool(true)
['a':Read 'b':Write]
[%s] ['a':Read 'b':Write] ['a':Read 'b':Write]
['a':Read 'b':Write]
['b':Write]
last report kept: Read
['a':Write 'b':Write]
bad: TypeError: Io\Poll\Watcher::hasTriggered(): Argument #1 ($event) must be of type Io\Poll\Event, int given
