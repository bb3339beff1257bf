--TEST--
tsp_sockets: Time\Duration: serialize() and unserialize() (a negative one too: the only way to one here), what unserialize() refuses, and comparison by value
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Time\Duration;

$d = Duration::fromSeconds(3, 7);
echo serialize($d), "\n";
$u = fn (string $props, int $n = 3) => 'O:13:"Time\Duration":' . $n . ':{' . $props . '}';
$ok = [
    'round trip' => serialize($d),
    'negative' => $u('s:7:"seconds";i:1;s:11:"nanoseconds";i:5;s:8:"negative";b:1;'),
    'negative zero' => $u('s:7:"seconds";i:0;s:11:"nanoseconds";i:0;s:8:"negative";b:1;'),
    'other order' => $u('s:11:"nanoseconds";i:5;s:8:"negative";b:0;s:7:"seconds";i:2;'),
    'largest' => $u('s:7:"seconds";i:9223372035;s:11:"nanoseconds";i:999999999;s:8:"negative";b:1;'),
];
$bad = [
    'too large' => $u('s:7:"seconds";i:9223372036;s:11:"nanoseconds";i:0;s:8:"negative";b:0;'),
    'negative seconds' => $u('s:7:"seconds";i:-1;s:11:"nanoseconds";i:0;s:8:"negative";b:0;'),
    'nanoseconds' => $u('s:7:"seconds";i:1;s:11:"nanoseconds";i:1000000000;s:8:"negative";b:0;'),
    'a string' => $u('s:7:"seconds";s:1:"1";s:11:"nanoseconds";i:0;s:8:"negative";b:0;'),
    'a float' => $u('s:7:"seconds";d:1;s:11:"nanoseconds";i:0;s:8:"negative";b:0;'),
    'an int for a bool' => $u('s:7:"seconds";i:1;s:11:"nanoseconds";i:0;s:8:"negative";i:0;'),
    'one more' => $u('s:7:"seconds";i:1;s:11:"nanoseconds";i:0;s:8:"negative";b:0;s:1:"x";i:1;', 4),
    'one less' => $u('s:7:"seconds";i:1;s:11:"nanoseconds";i:0;', 2),
    'empty' => $u('', 0),
];
foreach ($ok + $bad as $label => $s) {
    pt_try($label, function () use ($s) {
        $x = unserialize($s);
        return sprintf('%s%d.%09d', $x->negative ? '-' : '', $x->seconds, $x->nanoseconds);
    });
}
pt_try('__unserialize() again', fn () => $d->__unserialize(['seconds' => 1, 'nanoseconds' => 0, 'negative' => false]));
$neg = unserialize($ok['negative']);
$zero = Duration::fromSeconds(0);
var_dump($neg < $zero, $zero < Duration::fromSeconds(0, 1), $d == Duration::fromSeconds(3, 7), $d == Duration::fromSeconds(3, 8),
    $zero == unserialize($ok['negative zero']), $neg <=> unserialize($u('s:7:"seconds";i:1;s:11:"nanoseconds";i:6;s:8:"negative";b:1;')),
    Duration::fromSeconds(2) <=> $neg, $d == new stdClass());
?>
--EXPECT--
O:13:"Time\Duration":3:{s:7:"seconds";i:3;s:11:"nanoseconds";i:7;s:8:"negative";b:0;}
round trip: '3.000000007'
negative: '-1.000000005'
negative zero: '-0.000000000'
other order: '2.000000005'
largest: '-9223372035.999999999'
too large: Exception (0): Invalid serialization data for Time\Duration object
negative seconds: Exception (0): Invalid serialization data for Time\Duration object
nanoseconds: Exception (0): Invalid serialization data for Time\Duration object
a string: Exception (0): Invalid serialization data for Time\Duration object
a float: Exception (0): Invalid serialization data for Time\Duration object
an int for a bool: Exception (0): Invalid serialization data for Time\Duration object
one more: Exception (0): Invalid serialization data for Time\Duration object
one less: Exception (0): Invalid serialization data for Time\Duration object
empty: Exception (0): Invalid serialization data for Time\Duration object
__unserialize() again: Exception (0): Invalid serialization data for Time\Duration object
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
int(1)
int(1)
bool(false)
