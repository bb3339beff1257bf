--TEST--
tsp_sockets: Io\Poll\Context::wait(): null waits until something is ready, a zero duration only looks, a timeout waits that long; a negative one, a bad maxEvents, a wrong type
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open'); ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};
use Time\Duration;

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    [$a, $b] = pt_pair();
    $c->add(new StreamPollHandle($a), [Event::Read], 'a');
    $t = microtime(true);
    echo pt_report($c->wait(Duration::fromSeconds(0))), ' ', microtime(true) - $t < 0.5 ? 'at once' : 'late', "\n";
    $t = microtime(true);
    echo pt_report($c->wait(Duration::fromMilliseconds(150))), ' ', microtime(true) - $t >= 0.14 ? 'after the timeout' : 'early', "\n";
    $t = microtime(true);
    echo pt_report($c->wait(Duration::fromSeconds(0, 50000000))), ' ', microtime(true) - $t >= 0.045 ? 'after the timeout' : 'early', "\n";
    /* null: until a child writes, 200 ms from now */
    $p = proc_open([PHP_BINARY, '-n', '-r', 'usleep(200000); echo "x";'], [1 => $b, 2 => ['file', '/dev/null', 'w']], $pipes);
    $t = microtime(true);
    $got = $c->wait();
    echo pt_report($got), ' ', microtime(true) - $t >= 0.15 ? 'when the child wrote' : 'too early', "\n";
    proc_close($p);
    pt_try('null, null', fn () => $c->wait(null, null));
    pt_try('negative', fn () => $c->wait(pt_negative()));
    pt_try('maxEvents 0', fn () => $c->wait(Duration::fromSeconds(0), 0));
    pt_try('maxEvents -1', fn () => $c->wait(Duration::fromSeconds(0), -1));
    pt_try('maxEvents 2**31', fn () => $c->wait(Duration::fromSeconds(0), 2 ** 31));
    pt_try('maxEvents PHP_INT_MAX', fn () => $c->wait(Duration::fromSeconds(0), PHP_INT_MAX));
    pt_try('seconds', fn () => $c->wait(1));
    pt_try('object', fn () => $c->wait(new stdClass()));
    pt_try('too many', fn () => $c->wait(null, 1, 2));
}
/* nothing watched: the timeout still holds */
$t = microtime(true);
echo pt_report((new Context())->wait(Duration::fromMilliseconds(100))), ' ', microtime(true) - $t >= 0.09 ? 'waited' : 'early', "\n";
?>
--EXPECT--
== Epoll
[] at once
[] after the timeout
[] after the timeout
['a':Read] when the child wrote
null, null: ['a':Read]
negative: ValueError: Io\Poll\Context::wait(): Argument #1 ($timeout) must not be negative
maxEvents 0: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be greater than 0
maxEvents -1: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be greater than 0
maxEvents 2**31: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be less than or equal to 2147483647
maxEvents PHP_INT_MAX: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be less than or equal to 2147483647
seconds: TypeError: Io\Poll\Context::wait(): Argument #1 ($timeout) must be of type ?Time\Duration, int given
object: TypeError: Io\Poll\Context::wait(): Argument #1 ($timeout) must be of type ?Time\Duration, stdClass given
too many: ArgumentCountError: Io\Poll\Context::wait() expects at most 2 arguments, 3 given
== Poll
[] at once
[] after the timeout
[] after the timeout
['a':Read] when the child wrote
null, null: ['a':Read]
negative: ValueError: Io\Poll\Context::wait(): Argument #1 ($timeout) must not be negative
maxEvents 0: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be greater than 0
maxEvents -1: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be greater than 0
maxEvents 2**31: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be less than or equal to 2147483647
maxEvents PHP_INT_MAX: ValueError: Io\Poll\Context::wait(): Argument #2 ($maxEvents) must be less than or equal to 2147483647
seconds: TypeError: Io\Poll\Context::wait(): Argument #1 ($timeout) must be of type ?Time\Duration, int given
object: TypeError: Io\Poll\Context::wait(): Argument #1 ($timeout) must be of type ?Time\Duration, stdClass given
too many: ArgumentCountError: Io\Poll\Context::wait() expects at most 2 arguments, 3 given
[] waited
