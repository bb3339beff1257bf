--TEST--
tsp_sockets: Io\Poll\Watcher data: any value, given to add(), changed by modifyData() and by modify() only when given; a Context reachable from its own watchers' data is collected
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event};

$c = new Context();
[$a, $b] = pt_pair();
$obj = new ArrayObject([1, 2]);
$w = $c->add(new StreamPollHandle($a), [Event::Write], $obj);
var_dump($w->getData() === $obj);
$w->modifyData([1, 'two' => 2.5]);
var_dump($w->getData());
$w->modify([Event::Write]);
var_dump($w->getData()['two']);
$w->modify([Event::Write], null);
var_dump($w->getData());
$w->modify([Event::Read, Event::Write], 'last');
echo pt_names($w->getWatchedEvents()), ' ', $w->getData(), ' ', pt_report($c->wait(Time\Duration::fromSeconds(0))), "\n";
pt_try('modifyData()', fn () => $w->modifyData());

/* the data refers to the Context, which holds the watcher: a cycle */
class Probe { public static int $gone = 0; public function __destruct() { self::$gone++; } }
gc_collect_cycles();
for ($i = 0; $i < 3; $i++) {
    $ctx = new Context();
    [$x, $y] = pt_pair();
    $wx = $ctx->add(new StreamPollHandle($x), [Event::Read], [$ctx, new Probe()]);
    $wx->modifyData(['ctx' => $ctx, 'w' => $wx, 'p' => new Probe()]);
    unset($ctx, $wx, $x, $y);
}
var_dump(Probe::$gone, gc_collect_cycles() > 0, Probe::$gone);
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(1)
  ["two"]=>
  float(2.5)
}
float(2.5)
NULL
Read,Write last ['last':Write]
modifyData(): ArgumentCountError: Io\Poll\Watcher::modifyData() expects exactly 1 argument, 0 given
int(3)
bool(true)
int(6)
