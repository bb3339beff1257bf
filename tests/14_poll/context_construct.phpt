--TEST--
tsp_sockets: Io\Poll\Context::__construct(): the backends (Auto is epoll), unavailable ones, a second construction, bad arguments; not cloneable, not serializable, no dynamic properties
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Backend};

pt_try('default', fn () => (new Context())->getBackend());
foreach (Backend::cases() as $b) {
    pt_try($b->name, fn () => (new Context($b))->getBackend());
}
$c = new Context(Backend::Poll);
pt_try('again', fn () => $c->__construct());
pt_try('again, Epoll', fn () => $c->__construct(Backend::Epoll));
pt_try('unchanged', fn () => $c->getBackend());
pt_try('int', fn () => new Context(1));
pt_try('null', fn () => new Context(null));
pt_try('string', fn () => new Context('Epoll'));
pt_try('clone', fn () => clone $c);
pt_try('serialize', fn () => serialize($c));
pt_try('unserialize', fn () => unserialize('O:15:"Io\Poll\Context":0:{}'));
pt_try('dynamic property', function () use ($c) { $c->x = 1; });
pt_try('without constructor', fn () => (new ReflectionClass(Context::class))->newInstanceWithoutConstructor());
var_dump($c);
pt_try('getBackend(1)', fn () => $c->getBackend(1));
?>
--EXPECTF--
default: Io\Poll\Backend::Epoll
Auto: Io\Poll\Backend::Epoll
Poll: Io\Poll\Backend::Poll
Epoll: Io\Poll\Backend::Epoll
Kqueue: Io\Poll\BackendUnavailableException (0): Backend Kqueue not available
EventPorts: Io\Poll\BackendUnavailableException (0): Backend EventPorts not available
WSAPoll: Io\Poll\BackendUnavailableException (0): Backend WSAPoll not available
again: Error: Io\Poll\Context object is already constructed
again, Epoll: Error: Io\Poll\Context object is already constructed
unchanged: Io\Poll\Backend::Poll
int: TypeError: Io\Poll\Context::__construct(): Argument #1 ($backend) must be of type Io\Poll\Backend, int given
null: TypeError: Io\Poll\Context::__construct(): Argument #1 ($backend) must be of type Io\Poll\Backend, null given
string: TypeError: Io\Poll\Context::__construct(): Argument #1 ($backend) must be of type Io\Poll\Backend, string given
clone: Error: Trying to clone an uncloneable object of class Io\Poll\Context
serialize: Exception (0): Serialization of 'Io\Poll\Context' is not allowed
unserialize: Exception (0): Unserialization of 'Io\Poll\Context' is not allowed
dynamic property: Error: Cannot create dynamic property Io\Poll\Context::$x
without constructor: ReflectionException (0): Class Io\Poll\Context is an internal class marked as final that cannot be instantiated without invoking its constructor
object(Io\Poll\Context)#%d (0) {
}
getBackend(1): ArgumentCountError: Io\Poll\Context::getBackend() expects exactly 0 arguments, 1 given
