--TEST--
tsp_sockets: Time\Duration (the timeout of wait()): the from*() constructors, their range and errors, readonly properties, no public constructor, serialize() and unserialize(), comparison by value, clone
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Time\Duration;

$show = fn (Duration $d) => sprintf('%s%d.%09d', $d->negative ? '-' : '', $d->seconds, $d->nanoseconds);
$cases = [
    'fromSeconds(3)' => fn () => Duration::fromSeconds(3),
    'fromSeconds(3, 7)' => fn () => Duration::fromSeconds(3, 7),
    'fromSeconds(0, 999999999)' => fn () => Duration::fromSeconds(0, 999999999),
    'fromSeconds(9223372035, 999999999)' => fn () => Duration::fromSeconds(9223372035, 999999999),
    'fromSeconds(9223372036)' => fn () => Duration::fromSeconds(9223372036),
    'fromSeconds(PHP_INT_MAX, 1000000000)' => fn () => Duration::fromSeconds(PHP_INT_MAX, 1000000000),
    'fromSeconds(-1)' => fn () => Duration::fromSeconds(-1),
    'fromSeconds(-1, -1)' => fn () => Duration::fromSeconds(-1, -1),
    'fromSeconds(1, -1)' => fn () => Duration::fromSeconds(1, -1),
    'fromSeconds(1, 1000000000)' => fn () => Duration::fromSeconds(1, 1000000000),
    'fromSeconds("5")' => fn () => Duration::fromSeconds('5'),
    'fromSeconds("x")' => fn () => Duration::fromSeconds('x'),
    'fromNanoseconds(1500000001)' => fn () => Duration::fromNanoseconds(1500000001),
    'fromNanoseconds(9223372035999999999)' => fn () => Duration::fromNanoseconds(9223372035999999999),
    'fromNanoseconds(PHP_INT_MAX)' => fn () => Duration::fromNanoseconds(PHP_INT_MAX),
    'fromNanoseconds(-1)' => fn () => Duration::fromNanoseconds(-1),
    'fromMicroseconds(1)' => fn () => Duration::fromMicroseconds(1),
    'fromMicroseconds(9223372035999999)' => fn () => Duration::fromMicroseconds(9223372035999999),
    'fromMicroseconds(9223372036000000)' => fn () => Duration::fromMicroseconds(9223372036000000),
    'fromMicroseconds(-1)' => fn () => Duration::fromMicroseconds(-1),
    'fromMilliseconds(1500)' => fn () => Duration::fromMilliseconds(1500),
    'fromMilliseconds(9223372036000)' => fn () => Duration::fromMilliseconds(9223372036000),
    'fromMilliseconds(-1)' => fn () => Duration::fromMilliseconds(-1),
    'fromMinutes(2)' => fn () => Duration::fromMinutes(2),
    'fromMinutes(153722867)' => fn () => Duration::fromMinutes(153722867),
    'fromMinutes(153722868)' => fn () => Duration::fromMinutes(153722868),
    'fromMinutes(-1)' => fn () => Duration::fromMinutes(-1),
    'fromHours(1)' => fn () => Duration::fromHours(1),
    'fromHours(2562047)' => fn () => Duration::fromHours(2562047),
    'fromHours(2562048)' => fn () => Duration::fromHours(2562048),
    'fromHours(PHP_INT_MAX)' => fn () => Duration::fromHours(PHP_INT_MAX),
];
foreach ($cases as $label => $fn) {
    pt_try($label, fn () => $show($fn()));
}
$d = Duration::fromSeconds(3, 7);
var_dump($d);
pt_try('new', fn () => new Duration());
pt_try('constructor called', fn () => (new ReflectionMethod(Duration::class, '__construct'))->invoke($d));
pt_try('without constructor', fn () => (new ReflectionClass(Duration::class))->newInstanceWithoutConstructor());
pt_try('write', function () use ($d) { $d->seconds = 5; });
pt_try('dynamic property', function () use ($d) { $d->x = 5; });
pt_try('unset', function () use ($d) { unset($d->negative); });
pt_try('clone', fn () => $show(clone $d));
pt_try('final', fn () => (new ReflectionClass(Duration::class))->isFinal());
?>
--EXPECTF--
fromSeconds(3): '3.000000000'
fromSeconds(3, 7): '3.000000007'
fromSeconds(0, 999999999): '0.999999999'
fromSeconds(9223372035, 999999999): '9223372035.999999999'
fromSeconds(9223372036): Time\TimeException (0): The maximum representable range is 9_223_372_035 seconds (roughly 292 years)
fromSeconds(PHP_INT_MAX, 1000000000): ValueError: Time\Duration::fromSeconds(): Argument #2 ($nanoseconds) must be less than 1_000_000_000
fromSeconds(-1): ValueError: Time\Duration::fromSeconds(): Argument #1 ($seconds) must be greater than or equal to 0
fromSeconds(-1, -1): ValueError: Time\Duration::fromSeconds(): Argument #1 ($seconds) must be greater than or equal to 0
fromSeconds(1, -1): ValueError: Time\Duration::fromSeconds(): Argument #2 ($nanoseconds) must be greater than or equal to 0
fromSeconds(1, 1000000000): ValueError: Time\Duration::fromSeconds(): Argument #2 ($nanoseconds) must be less than 1_000_000_000
fromSeconds("5"): '5.000000000'
fromSeconds("x"): TypeError: Time\Duration::fromSeconds(): Argument #1 ($seconds) must be of type int, string given
fromNanoseconds(1500000001): '1.500000001'
fromNanoseconds(9223372035999999999): '9223372035.999999999'
fromNanoseconds(PHP_INT_MAX): Time\TimeException (0): The maximum representable range is 9_223_372_035 seconds (roughly 292 years)
fromNanoseconds(-1): ValueError: Time\Duration::fromNanoseconds(): Argument #1 ($nanoseconds) must be greater than or equal to 0
fromMicroseconds(1): '0.000001000'
fromMicroseconds(9223372035999999): '9223372035.999999000'
fromMicroseconds(9223372036000000): Time\TimeException (0): The maximum representable range is 9_223_372_035 seconds (roughly 292 years)
fromMicroseconds(-1): ValueError: Time\Duration::fromMicroseconds(): Argument #1 ($microseconds) must be greater than or equal to 0
fromMilliseconds(1500): '1.500000000'
fromMilliseconds(9223372036000): Time\TimeException (0): The maximum representable range is 9_223_372_035 seconds (roughly 292 years)
fromMilliseconds(-1): ValueError: Time\Duration::fromMilliseconds(): Argument #1 ($milliseconds) must be greater than or equal to 0
fromMinutes(2): '120.000000000'
fromMinutes(153722867): '9223372020.000000000'
fromMinutes(153722868): Time\TimeException (0): The maximum representable range is 9_223_372_035 seconds (roughly 292 years)
fromMinutes(-1): ValueError: Time\Duration::fromMinutes(): Argument #1 ($minutes) must be greater than or equal to 0
fromHours(1): '3600.000000000'
fromHours(2562047): '9223369200.000000000'
fromHours(2562048): Time\TimeException (0): The maximum representable range is 9_223_372_035 seconds (roughly 292 years)
fromHours(PHP_INT_MAX): Time\TimeException (0): The maximum representable range is 9_223_372_035 seconds (roughly 292 years)
object(Time\Duration)#%d (3) {
  ["seconds"]=>
  int(3)
  ["nanoseconds"]=>
  int(7)
  ["negative"]=>
  bool(false)
}
new: Error: Call to private Time\Duration::__construct() from global scope
constructor called: Error: Cannot directly construct Time\Duration, use Time\Duration::from*() methods instead
without constructor: ReflectionException (0): Class Time\Duration is an internal class marked as final that cannot be instantiated without invoking its constructor
write: Error: Cannot modify readonly property Time\Duration::$seconds
dynamic property: Error: Cannot create dynamic property Time\Duration::$x
unset: Error: Cannot unset readonly property Time\Duration::$negative
clone: '3.000000007'
final: true
