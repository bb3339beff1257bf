--TEST--
tsp_sockets: stream_select(): user code during the walks (error handler, user stream cast) changing the arrays or closing streams: no crash, no freed memory read
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$mem = fopen('php://memory', 'r+');
/* replacing an array still to be walked (core 8.5 crashes here) */
$R = [$mem, $a]; $W = [$idle]; $E = null;
set_error_handler(function () use (&$W) { $W = 'gone'; return true; });
var_dump(stream_select($R, $W, $E, 0), count($R), $W);
/* replacing the array being walked (core reads freed memory here): its walk ends */
$R = [$mem, $a, $idle]; $W = null; $E = [$idle];
set_error_handler(function () use (&$R, &$E, $a) { $E = 3; $R = [$a]; return true; });
try {
    stream_select($R, $W, $E, 0);
} catch (ValueError $x) {
    echo $x->getMessage(), "\n";
}
var_dump(count($R), $E);
/* growing the array being walked, many times over (its storage moves): the walks see the elements there when they began */
$R = [$mem, $a];
set_error_handler(function () use (&$R, $idle) { for ($i = 0; $i < 1000; $i++) { $R[] = $idle; } return true; });
$W = null; $E = null;
var_dump(stream_select($R, $W, $E, 0), count($R));
/* closing a stream that was already asked for its descriptor */
[$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$R = [$p, $mem, $a];
set_error_handler(function () use (&$p) { if (is_resource($p)) { fclose($p); } return true; });
try {
    var_dump(stream_select($R, $W, $E, 0));
} catch (TypeError $x) {
    echo get_class($x), ': ', $x->getMessage(), "\n";
}
restore_error_handler();
/* a user stream whose cast gives a socket and empties the arrays */
class Wrapper
{
    public $context;
    static $target;
    function stream_open($path, $mode, $options, &$opened) { return true; }
    function stream_read($n) { return ''; }
    function stream_eof() { return false; }
    function stream_cast($as) { $GLOBALS['R2'] = []; return self::$target; }
}
stream_wrapper_register('cast', 'Wrapper');
Wrapper::$target = $a;
$u = fopen('cast://x', 'r');
$R2 = [$u, $idle, $a];
$W = null;
var_dump(stream_select($R2, $W, $E, 0), $R2);
echo "done\n";
?>
--EXPECT--
int(1)
int(1)
string(4) "gone"
No stream arrays were passed
int(1)
int(3)
int(1)
int(1)
TypeError: stream_select(): supplied resource is not a valid stream resource
int(1)
array(0) {
}
done
