--TEST--
tsp_sockets: Io\Poll\Context::wait() ended by a signal: FailedPollWaitException with ERROR_INTERRUPTED, after the PHP handler of the signal has run (async signals)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!function_exists('pcntl_alarm')) die('skip pcntl'); ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend, FailedPollOperationException as F};

pcntl_signal(SIGALRM, function () { echo "handler ran\n"; });
foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    [$a, $b] = pt_pair();
    $c->add(new StreamPollHandle($a), [Event::Read]);
    pcntl_async_signals(true);
    pcntl_alarm(1);
    $t = microtime(true);
    pt_try('async', fn () => $c->wait(Time\Duration::fromSeconds(10)));
    echo microtime(true) - $t < 5 ? "ended early\n" : "waited on\n";
    pcntl_async_signals(false);
    pcntl_alarm(1);
    pt_try('sync', fn () => $c->wait(Time\Duration::fromSeconds(10)));
    echo "dispatch:\n";
    pcntl_signal_dispatch();
}
var_dump(F::ERROR_INTERRUPTED);
?>
--EXPECT--
== Epoll
handler ran
async: Io\Poll\FailedPollWaitException (7): Poll wait failed
ended early
sync: Io\Poll\FailedPollWaitException (7): Poll wait failed
dispatch:
handler ran
== Poll
handler ran
async: Io\Poll\FailedPollWaitException (7): Poll wait failed
ended early
sync: Io\Poll\FailedPollWaitException (7): Poll wait failed
dispatch:
handler ran
int(7)
