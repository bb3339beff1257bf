<?php
/* User code in the middle of a call: an error handler that runs for a
 * stream without a descriptor and changes the arrays, closes streams or
 * throws; user streams whose stream_cast() answers a socket, nothing, or
 * changes things. Core's answers are whatever its walks see; ours the same. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, 'x');
$mem = fopen('php://memory', 'r+');

$calls = 0;
set_error_handler(function ($no, $msg) use (&$calls) { $calls++; echo "  handler $calls: $msg\n"; return true; });
sel('handler counts the warnings', [$mem, $a], [$mem, $idle], [$mem], 0);

/* the handler appends to the arrays it can reach */
$R = [$mem, $a];
$W = [$idle];
set_error_handler(function ($no, $msg) use (&$R, &$W, $idle, $a) { echo "  handler: $msg\n"; $R[] = $idle; $W['late'] = $a; return true; });
$E = null;
show('handler appends', function () use (&$R, &$W, &$E) { try { return stream_select($R, $W, $E, 0); } finally { echo '  R=', ids($R), ' W=', ids($W), "\n"; } });

/* the handler unsets elements */
$R = [$mem, $a, $idle];
set_error_handler(function ($no, $msg) use (&$R) { echo "  handler: $msg\n"; unset($R[1]); return true; });
$W = null;
show('handler unsets', function () use (&$R, &$W, &$E) { try { return stream_select($R, $W, $E, 0); } finally { echo '  R=', ids($R), "\n"; } });

/* the handler closes a stream that was already asked for its descriptor */
[$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($q, 'y');
$R = [$p, $mem, $a];
set_error_handler(function ($no, $msg) use (&$p) { echo "  handler: $msg\n"; if (is_resource($p)) { fclose($p); } return true; });
show('handler closes', function () use (&$R, &$W, &$E) { try { return stream_select($R, $W, $E, 0); } finally { echo '  R=', ids($R), "\n"; } });

/* the handler throws */
set_error_handler(function ($no, $msg) { throw new ErrorException($msg); });
sel('handler throws', [$mem, $a], [$idle], null, 0);
sel('handler throws, in write', [$a], [$mem, $idle], null, 0);
restore_error_handler();
restore_error_handler();
restore_error_handler();
restore_error_handler();
restore_error_handler();
restore_error_handler();

/* user streams and their stream_cast() */
class CastWrapper
{
    public $context;
    static $answer;
    static $calls = 0;
    static $onCast;
    function stream_open($path, $mode, $options, &$opened) { return true; }
    function stream_read($n) { return ''; }
    function stream_eof() { return false; }
    function stream_write($d) { return strlen($d); }
    function stream_cast(int $as)
    {
        self::$calls++;
        echo "  stream_cast($as) call ", self::$calls, "\n";
        if (self::$onCast) {
            (self::$onCast)();
        }
        return self::$answer;
    }
}
class NoCastWrapper
{
    public $context;
    function stream_open($path, $mode, $options, &$opened) { return true; }
    function stream_read($n) { return ''; }
    function stream_eof() { return false; }
}
stream_wrapper_register('cast', 'CastWrapper');
stream_wrapper_register('nocast', 'NoCastWrapper');
$u = fopen('cast://x', 'r+');
$nc = fopen('nocast://x', 'r');
sel('user stream without stream_cast', [$nc], null, null, 0);
sel('user stream without stream_cast + ready', [$nc, $a], null, null, 0);
foreach (['ready socket' => $a, 'idle socket' => $idle, 'false' => false, 'itself' => $u, 'memory' => $mem, 'int' => 3, 'closed' => (function () { [$z] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0); fclose($z); return $z; })()] as $k => $ans) {
    CastWrapper::$answer = $ans;
    CastWrapper::$calls = 0;
    sel("stream_cast answers $k", [$u], [$u], null, 0);
    sel("stream_cast answers $k, with others", [$idle, $u, $a], [$u], [$u], 0);
}
/* stream_cast() that changes what the call holds */
CastWrapper::$answer = $a;
$R = [$u, $idle];
CastWrapper::$onCast = function () use (&$R, $a) { $R[] = $a; };
$W = null;
show('stream_cast appends', function () use (&$R, &$W, &$E) { try { return stream_select($R, $W, $E, 0); } finally { echo '  R=', ids($R), "\n"; } });
CastWrapper::$onCast = function () { throw new RuntimeException('from stream_cast'); };
sel('stream_cast throws', [$u, $a], null, null, 0);
CastWrapper::$onCast = null;
echo "done\n";
