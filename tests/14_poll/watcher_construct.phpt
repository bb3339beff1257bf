--TEST--
tsp_sockets: Io\Poll\Watcher has no public constructor (Context::add() makes watchers), is final, not cloneable, not serializable, and has no properties
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Watcher};

pt_try('new', fn () => new Watcher());
pt_try('newInstance', fn () => (new ReflectionClass(Watcher::class))->newInstance());
pt_try('without constructor', fn () => (new ReflectionClass(Watcher::class))->newInstanceWithoutConstructor());
[$a, $b] = pt_pair();
$w = (new Context())->add(new StreamPollHandle($a), [Event::Read]);
pt_try('constructor called', fn () => (new ReflectionMethod(Watcher::class, '__construct'))->invoke($w));
pt_try('clone', fn () => clone $w);
pt_try('serialize', fn () => serialize($w));
pt_try('dynamic property', function () use ($w) { $w->x = 1; });
pt_try('final', fn () => (new ReflectionClass(Watcher::class))->isFinal());
var_dump($w, (array) $w, json_encode($w));
?>
--EXPECTF--
new: Error: Call to private Io\Poll\Watcher::__construct() from global scope
newInstance: ReflectionException (0): Access to non-public constructor of class Io\Poll\Watcher
without constructor: ReflectionException (0): Class Io\Poll\Watcher is an internal class marked as final that cannot be instantiated without invoking its constructor
constructor called: Error: Cannot directly construct Watcher, use Context::add
clone: Error: Trying to clone an uncloneable object of class Io\Poll\Watcher
serialize: Exception (0): Serialization of 'Io\Poll\Watcher' is not allowed
dynamic property: Error: Cannot create dynamic property Io\Poll\Watcher::$x
final: true
object(Io\Poll\Watcher)#%d (0) {
}
array(0) {
}
string(2) "{}"
