--TEST--
tsp_sockets: Io\Poll: a watched stream closed another way than fclose() (proc_close() closes its pipes) retires its watcher too: inactive, never reported, its number free for a new watcher
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!function_exists('proc_open')) die('skip proc_open'); ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    echo "== {$backend->name}\n";
    $c = new Context($backend);
    $p = proc_open([PHP_BINARY, '-n', '-r', 'echo "x"; usleep(300000);'], [1 => ['pipe', 'w']], $pipes);
    $h = new StreamPollHandle($pipes[1]);
    $w = $c->add($h, [Event::Read], 'pipe');
    for ($i = 0, $r = '[]'; $i < 100 && $r === '[]'; $i++) {
        $r = pt_report($c->wait(Time\Duration::fromMilliseconds(20)));
    }
    echo $r, "\n";
    unset($pipes);
    proc_close($p); /* closes the pipe: no fclose() */
    echo 'valid=', var_export($h->isValid(), true), ' active=', var_export($w->isActive(), true), ' ', pt_look($c), "\n";
    pt_try('remove', fn () => $w->remove());
    pt_try('modifyEvents', fn () => $w->modifyEvents([Event::Read]));
    [$a, $b] = pt_pair();
    $c->add(new StreamPollHandle($a), [Event::Write], 'next');
    echo pt_look($c), "\n";
}
?>
--EXPECT--
== Epoll
['pipe':Read]
valid=false active=false []
remove: NULL
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
['next':Write]
== Poll
['pipe':Read]
valid=false active=false []
remove: NULL
modifyEvents: Io\Poll\InactiveWatcherException (0): Cannot modify inactive watcher
['next':Write]
