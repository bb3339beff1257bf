--TEST--
tsp_sockets: Io\Poll: a Context holds its active watchers and their handles (reported though the caller kept none); a watcher outliving its Context is inactive
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event};

$c = new Context();
[$a, $b] = pt_pair();
$c->add(new StreamPollHandle($a), [Event::Write], 'kept by the context');
unset($a);
gc_collect_cycles();
$got = $c->wait(Time\Duration::fromSeconds(0));
echo pt_report($got), ' ', is_resource($got[0]->getHandle()->getStream()) ? 'stream open' : 'stream gone', "\n";
$w = $got[0];
unset($got);
unset($c);
pt_try('active', fn () => $w->isActive());
pt_try('modifyEvents', fn () => $w->modifyEvents([Event::Read]));
pt_try('modifyData', fn () => $w->modifyData(1));
pt_try('remove', fn () => $w->remove());
echo var_export($w->getData(), true), ' ', pt_names($w->getWatchedEvents()), ' ', pt_names($w->getTriggeredEvents()), "\n";
/* the stream lives as long as the watcher holds the handle */
var_dump(is_resource($w->getHandle()->getStream()), $w->getHandle()->isValid());
?>
--EXPECT--
['kept by the context':Write] stream open
active: false
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
modifyData: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
remove: Io\Poll\InactiveWatcherException (0): Cannot remove inactive watcher
'kept by the context' Write Write
bool(true)
bool(true)
