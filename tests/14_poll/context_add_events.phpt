--TEST--
tsp_sockets: Io\Poll\Context::add(): the events as Watcher::getWatchedEvents() gives them back (the enum's order, each once, keys ignored), the handle and the data
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event};

$c = new Context();
$sets = [
    [Event::Write, Event::Read],
    [Event::Read, Event::Read, Event::Write, Event::Read],
    ['x' => Event::HangUp, 7 => Event::Error],
    array_reverse(Event::cases()),
    [Event::OneShot],
    [Event::ReadHangUp, Event::EdgeTriggered],
];
$keep = [];
foreach ($sets as $i => $events) {
    [$a, $b] = $keep[] = pt_pair();
    $h = new StreamPollHandle($a);
    $w = $c->add($h, $events, "w$i");
    echo pt_names($w->getWatchedEvents()), ' | ', pt_names($w->getTriggeredEvents()), ' | ',
        var_export($w->getHandle() === $h, true), ' ', var_export($w->getData(), true), ' ', var_export($w->isActive(), true), "\n";
}
[$a, $b] = pt_pair();
var_dump($c->add(new StreamPollHandle($a), [Event::Read])->getData());
var_dump($c->add(new StreamPollHandle($b), [Event::Read], null)->getData());
?>
--EXPECT--
Read,Write |  | true 'w0' true
Read,Write |  | true 'w1' true
Error,HangUp |  | true 'w2' true
Read,Write,Error,HangUp,ReadHangUp,OneShot,EdgeTriggered |  | true 'w3' true
OneShot |  | true 'w4' true
ReadHangUp,EdgeTriggered |  | true 'w5' true
NULL
NULL
