--TEST--
tsp_sockets: StreamPollHandle: an open stream only, one construction, getStream(), isValid() (open and not at its end), not cloneable, not serializable, no dynamic properties; Io\Poll\Handle cannot be implemented by user classes
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';

[$a, $b] = pt_pair();
$h = new StreamPollHandle($a);
var_dump($h instanceof Io\Poll\Handle, $h->getStream() === $a, $h->isValid());
pt_try('int', fn () => new StreamPollHandle(1));
pt_try('string', fn () => new StreamPollHandle('php://memory'));
pt_try('none', fn () => new StreamPollHandle());
$closed = fopen('php://memory', 'r');
fclose($closed);
pt_try('closed', fn () => new StreamPollHandle($closed));
pt_try('context', fn () => new StreamPollHandle(stream_context_create()));
pt_try('memory', fn () => (new StreamPollHandle(fopen('php://memory', 'r')))->isValid());
pt_try('again', fn () => $h->__construct($b));
var_dump($h->getStream() === $a);
pt_try('clone', fn () => clone $h);
pt_try('serialize', fn () => serialize($h));
pt_try('dynamic property', function () use ($h) { $h->x = 1; });
var_dump($h);
/* isValid(): false once the peer is gone (the stream is at its end), and after fclose() */
fclose($b);
var_dump($h->isValid());
[$c, $d] = pt_pair();
$h2 = new StreamPollHandle($c);
fclose($c);
var_dump($h2->isValid(), is_resource($h2->getStream()), get_resource_type($h2->getStream()));
pt_try('getStream(1)', fn () => $h->getStream(1));
foreach (['class MyHandle implements Io\Poll\Handle {}', 'abstract class MyA implements Io\Poll\Handle {}',
        'interface MyI extends Io\Poll\Handle {} echo "an interface may extend it\n"; class MyC implements MyI {}',
        '$x = new class implements Io\Poll\Handle {};', 'enum MyE implements Io\Poll\Handle { case A; }'] as $code) {
    /* the message only: PHP 8.5 on adds a stack trace to fatal errors */
    echo implode("\n", preg_grep('/^(Stack trace:|#\d+ |\s*$)/', explode("\n", pt_child($code . ' echo "not reached\n";')), PREG_GREP_INVERT)), "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
int: TypeError: StreamPollHandle::__construct(): Argument #1 ($stream) must be of type resource, int given
string: TypeError: StreamPollHandle::__construct(): Argument #1 ($stream) must be of type resource, string given
none: ArgumentCountError: StreamPollHandle::__construct() expects exactly 1 argument, 0 given
closed: TypeError: StreamPollHandle::__construct(): Argument #1 ($stream) must be an open stream resource
context: TypeError: StreamPollHandle::__construct(): Argument #1 ($stream) must be an open stream resource
memory: true
again: Error: StreamPollHandle object is already constructed
bool(true)
clone: Error: Trying to clone an uncloneable object of class StreamPollHandle
serialize: Exception (0): Serialization of 'StreamPollHandle' is not allowed
dynamic property: Error: Cannot create dynamic property StreamPollHandle::$x
object(StreamPollHandle)#%d (0) {
}
bool(false)
bool(false)
bool(false)
string(7) "Unknown"
getStream(1): ArgumentCountError: StreamPollHandle::getStream() expects exactly 0 arguments, 1 given
Fatal error: Io\Poll\Handle cannot be implemented by user classes in Command line code on line 1
Fatal error: Io\Poll\Handle cannot be implemented by user classes in Command line code on line 1
an interface may extend it
Fatal error: Io\Poll\Handle cannot be implemented by user classes in Command line code on line 1
Fatal error: Io\Poll\Handle cannot be implemented by user classes in Command line code on line 1
Fatal error: Io\Poll\Handle cannot be implemented by user classes in Command line code on line 1
