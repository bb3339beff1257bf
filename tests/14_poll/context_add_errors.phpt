--TEST--
tsp_sockets: Io\Poll\Context::add(): events that are not an array of Event cases (checked first), a closed or unpollable handle, a handle already watched, a file epoll cannot watch
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend, FailedPollOperationException};

$c = new Context();
[$a, $b] = pt_pair();
$h = new StreamPollHandle($b);
pt_try('empty', fn () => $c->add($h, []));
pt_try('int', fn () => $c->add($h, [1]));
pt_try('name', fn () => $c->add($h, ['Read']));
pt_try('other enum', fn () => $c->add($h, [Backend::Poll]));
pt_try('one bad', fn () => $c->add($h, [Event::Read, null]));
$ev = [Event::Read];
$ref = &$ev[0];
pt_try('a reference', fn () => $c->add($h, $ev)); /* PHP 8.6 takes each element as it is */
unset($ref);
pt_try('not a handle', fn () => $c->add(new stdClass(), [Event::Read]));
pt_try('no events', fn () => $c->add($h));
$closed = fopen('php://temp', 'r');
$hc = new StreamPollHandle($closed);
fclose($closed);
pt_try('closed, no events', fn () => $c->add($hc, []));
pt_try('closed', fn () => $c->add($hc, [Event::Read]));
pt_try('memory stream', fn () => $c->add(new StreamPollHandle(fopen('php://memory', 'r+')), [Event::Read]));
$w = $c->add(new StreamPollHandle($a), [Event::Read], 'a');
pt_try('same handle again', fn () => $c->add($w->getHandle(), [Event::Write]));
pt_try('same stream, new handle', fn () => $c->add(new StreamPollHandle($a), [Event::Write]));
pt_try('and with edges', fn () => (function () use ($a) {
    $p = new Context(Backend::Poll);
    $p->add(new StreamPollHandle($a), [Event::Read]);
    return $p->add(new StreamPollHandle($a), [Event::Read, Event::EdgeTriggered]);
})());
$other = new Context();
pt_try('other context', fn () => $other->add(new StreamPollHandle($a), [Event::Write])->isActive());
/* epoll cannot watch a regular file: ERROR_NOSUPPORT; poll() can */
$file = fopen(__FILE__, 'r');
pt_try('file, epoll', fn () => $c->add(new StreamPollHandle($file), [Event::Read]));
var_dump(FailedPollOperationException::ERROR_NOSUPPORT);
$p = new Context(Backend::Poll);
pt_try('file, poll', fn () => $p->add(new StreamPollHandle($file), [Event::Read], 'file') && $p->wait(Time\Duration::fromSeconds(0)));
pt_try('dir', fn () => $c->add(new StreamPollHandle(opendir(__DIR__)), [Event::Read]));
?>
--EXPECTF--
empty: TypeError: Io\Poll\Context::add(): Argument #2 ($events) must be array of Event enums
int: TypeError: Io\Poll\Context::add(): Argument #2 ($events) must be array of Event enums
name: TypeError: Io\Poll\Context::add(): Argument #2 ($events) must be array of Event enums
other enum: TypeError: Io\Poll\Context::add(): Argument #2 ($events) must be array of Event enums
one bad: TypeError: Io\Poll\Context::add(): Argument #2 ($events) must be array of Event enums
a reference: TypeError: Io\Poll\Context::add(): Argument #2 ($events) must be array of Event enums
not a handle: TypeError: Io\Poll\Context::add(): Argument #1 ($handle) must be of type Io\Poll\Handle, stdClass given
no events: ArgumentCountError: Io\Poll\Context::add() expects at least 2 arguments, 1 given
closed, no events: TypeError: Io\Poll\Context::add(): Argument #2 ($events) must be array of Event enums
closed: Io\Poll\InvalidHandleException (0): Invalid handle for polling

Warning: Io\Poll\Context::add(): Cannot represent a stream of type MEMORY as a pollable descriptor in %s on line %d
memory stream: Io\Poll\InvalidHandleException (0): Invalid handle for polling
same handle again: Io\Poll\HandleAlreadyWatchedException (0): Handle already added
same stream, new handle: Io\Poll\HandleAlreadyWatchedException (0): Handle already added
and with edges: Io\Poll\HandleAlreadyWatchedException (0): Handle already added
other context: true
file, epoll: Io\Poll\FailedHandleAddException (11): Failed to add handle
int(11)
file, poll: true

Warning: Io\Poll\Context::add(): Cannot represent a stream of type dir as a pollable descriptor in %s on line %d
dir: Io\Poll\InvalidHandleException (0): Invalid handle for polling
