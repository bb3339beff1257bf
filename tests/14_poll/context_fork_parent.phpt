--TEST--
tsp_sockets: Io\Poll: what a forked child does with an epoll Context leaves the parent's alone (the child gets a kernel object of its own; PHP 8.6's child shares the parent's)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
if (!function_exists('pcntl_fork')) die('skip pcntl_fork');
if ((new ReflectionClass('Io\Poll\Context'))->getExtensionName() !== 'tsp_sockets') {
    die('skip tsp_sockets\' Io\Poll only: PHP 8.6\'s child changes the parent\'s registrations');
}
?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

$c = new Context(Backend::Epoll);
[$a, $b] = pt_pair();
[$x, $y] = pt_pair();
$w = $c->add(new StreamPollHandle($a), [Event::Write], 'a');
$c->add(new StreamPollHandle($x), [Event::Write, Event::OneShot], 'x');
echo 'parent: ', pt_look($c), "\n";
$pid = pcntl_fork();
if ($pid === 0) {
    $w->modifyEvents([Event::Read]);
    $c->add(new StreamPollHandle($b), [Event::Write], 'b');
    $w->remove();
    fclose($y);
    exit(0);
}
pcntl_waitpid($pid, $status);
echo 'after the child: ', pt_look($c), ' ', pt_names($w->getWatchedEvents()), ' ', var_export($w->isActive(), true), "\n";
$w->modifyEvents([Event::Read, Event::Write]);
echo 'parent modifies: ', pt_look($c), "\n";
?>
--EXPECT--
parent: ['a':Write 'x':Write]
after the child: ['a':Write] Write true
parent modifies: ['a':Write]
