--TEST--
tsp_sockets: Io\Poll\Event::EdgeTriggered: epoll reports a change once, not a state; Backend::Poll refuses it with FailedHandleAddException and FailedWatcherModificationException, ERROR_NOSUPPORT, and keeps the watcher as it was
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend, FailedPollOperationException as F};

$c = new Context(Backend::Epoll);
[$a, $b] = pt_pair();
$w = $c->add(new StreamPollHandle($a), [Event::Read, Event::EdgeTriggered], 'a');
echo pt_look($c), "\n";
fwrite($b, 'x');
echo pt_look($c), ' ', pt_look($c), "\n"; /* the byte is still there, but no new edge */
fwrite($b, 'y');
echo pt_look($c), ' ', pt_look($c), "\n";
$w->modifyEvents([Event::Read, Event::EdgeTriggered]);
echo 'modified: ', pt_look($c), ' ', pt_look($c), "\n";
$w->modifyEvents([Event::Write, Event::EdgeTriggered, Event::OneShot]);
echo 'write, once: ', pt_look($c), ' ', pt_look($c), "\n";

$p = new Context(Backend::Poll);
pt_try('add', fn () => $p->add(new StreamPollHandle($b), [Event::Read, Event::EdgeTriggered]));
$wp = $p->add(new StreamPollHandle($b), [Event::Write], 'b');
pt_try('modify', fn () => $wp->modifyEvents([Event::Read, Event::EdgeTriggered]));
pt_try('modify with data', fn () => $wp->modify([Event::EdgeTriggered], 'new'));
echo pt_names($wp->getWatchedEvents()), ' ', var_export($wp->getData(), true), ' ', var_export($wp->isActive(), true), ' ', pt_look($p), "\n";
var_dump(F::ERROR_NOSUPPORT);
?>
--EXPECT--
[]
['a':Read] []
['a':Read] []
modified: ['a':Read] []
write, once: ['a':Write] []
add: Io\Poll\FailedHandleAddException (11): Failed to add handle
modify: Io\Poll\FailedWatcherModificationException (11): Failed to modify watcher in polling system
modify with data: Io\Poll\FailedWatcherModificationException (11): Failed to modify watcher in polling system
Write 'b' true ['b':Write]
int(11)
