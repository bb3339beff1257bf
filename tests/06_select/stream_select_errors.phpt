--TEST--
tsp_sockets: stream_select(): core's errors: no arrays, bad timeouts (and their order), elements that are not streams, streams without a descriptor
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$w = $e = null;
throws('no arrays', function () { $r = $w = $e = null; stream_select($r, $w, $e, 0); });
throws('empty arrays', function () { $r = $w = $e = []; stream_select($r, $w, $e, 0); });
throws('negative seconds', function () use ($a) { $r = [$a]; $w = $e = null; stream_select($r, $w, $e, -1); });
throws('negative microseconds', function () use ($a) { $r = [$a]; $w = $e = null; stream_select($r, $w, $e, 1, -1); });
throws('microseconds with null seconds', function () use ($a) { $r = [$a]; $w = $e = null; stream_select($r, $w, $e, null, 5); });
throws('no arrays before a bad timeout', function () { $r = []; $w = $e = null; stream_select($r, $w, $e, -1); });
throws('not an array', function () { $r = 'x'; $w = $e = null; stream_select($r, $w, $e, 0); });
throws('too few arguments', function () { $r = []; stream_select($r); });
/* an element that is not a stream: a TypeError per walk over it, chained */
try {
    $r = [1, $a];
    $w = [$a];
    stream_select($r, $w, $e, 0);
} catch (TypeError $t) {
    for ($n = 0; $t; $t = $t->getPrevious(), $n++) {
        $msg = $t->getMessage();
    }
    echo "$n TypeErrors: $msg\n";
}
$closed = fopen('php://memory', 'r');
fclose($closed);
throws('only a closed stream', function () use ($closed) { $r = [$closed]; $w = $e = null; stream_select($r, $w, $e, 0); });
/* a stream without a descriptor: a warning per walk */
$m = fopen('php://memory', 'r+');
$r = [$m, $a];
$w = [$a];
var_dump(stream_select($r, $w, $e, 0), count($r), count($w));
throws('only memory', function () use ($m) { $r = [$m]; $w = $e = null; stream_select($r, $w, $e, 0); });
/* seconds plus carried microseconds past PHP_INT_MAX: what select() refuses */
$r = [$a];
var_dump(stream_select($r, $w, $e, PHP_INT_MAX, 1000000));
$r = [$a];
$w = [$a];
var_dump(stream_select($r, $w, $e, PHP_INT_MAX, 999999));
?>
--EXPECTF--
no arrays: ValueError: No stream arrays were passed
empty arrays: ValueError: No stream arrays were passed
negative seconds: ValueError: stream_select(): Argument #4 ($seconds) must be greater than or equal to 0
negative microseconds: ValueError: stream_select(): Argument #5 ($microseconds) must be greater than or equal to 0
microseconds with null seconds: ValueError: stream_select(): Argument #5 ($microseconds) must be null when argument #4 ($seconds) is null
no arrays before a bad timeout: ValueError: No stream arrays were passed
not an array: TypeError: stream_select(): Argument #1 ($read) must be of type ?array, string given
too few arguments: ArgumentCountError: stream_select() expects at least 4 arguments, 1 given
3 TypeErrors: stream_select(): supplied argument is not a valid stream resource
only a closed stream: ValueError: No stream arrays were passed

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line %d

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line %d
int(1)
int(0)
int(1)

Warning: stream_select(): Cannot represent a stream of type MEMORY as a select()able descriptor in %s on line %d
only memory: ValueError: No stream arrays were passed

Warning: stream_select(): Unable to select [22]: Invalid argument (max_fd=%d) in %s on line %d
bool(false)
int(1)
