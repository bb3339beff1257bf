--TEST--
tsp_sockets: Io\Poll\Context::wait(): a large maxEvents costs nothing (PHP 8.6 makes room for that many reports and runs out of memory; tsp_sockets needs room for one per watcher at most)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
if (!class_exists('Io\Poll\Context') || (new ReflectionClass('Io\Poll\Context'))->getExtensionName() !== 'tsp_sockets') {
    die('skip tsp_sockets\' Io\Poll only: PHP 8.6\'s stops with a memory error');
}
?>
--INI--
memory_limit=32M
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event};

$c = new Context();
[$a, $b] = pt_pair();
$c->add(new StreamPollHandle($a), [Event::Write], 'a');
echo pt_report($c->wait(Time\Duration::fromSeconds(0), 2 ** 31 - 1)), "\n";
echo pt_report((new Context())->wait(Time\Duration::fromSeconds(0), 2 ** 31 - 1)), "\n";
?>
--EXPECT--
['a':Write]
[]
