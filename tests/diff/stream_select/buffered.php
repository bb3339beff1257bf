<?php
/* Bytes already in a stream's read buffer: the stream is readable without a
 * wait, only streams of the read array count, the write and except arrays
 * come back empty, keys are kept; the buffer of a stream without a descriptor
 * counts too once another stream has one. */
require __DIR__ . '/_lib.inc';
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($b, "one\ntwo\nthree\n");
settle($a);
var_dump(fgets($a));
sel('buffered alone', [$a], null, null, 0);
sel('buffered among idle, keyed', ['x' => $idle, 'a' => $a, 7 => $c], ['w' => $d, 'a' => $a], ['e' => $a], 0);
sel('buffered twice', [$a, 'again' => $a], null, null, 0);
sel('buffered only in the write set', [$idle], [$a], [$a], 0);
sel('buffered, null timeout', [$idle, $a], [$idle], null, null);
$r = [5 => $a];
stream_select($r, $w, $e, 0);
$r[] = 'next';
echo 'next key after the rewrite: ', ids($r), "\n";
var_dump(fgets($a), fgets($a));
sel('buffer drained, kernel empty', [$a], null, null, 0);
fwrite($b, "x");
settle($a);
sel('kernel data, empty buffer', [$a], [$idle], [$a], 0);
var_dump(fread($a, 1));
/* a memory stream with something buffered: no descriptor, but readable once another stream gives one */
$m = fopen('php://memory', 'r+');
fwrite($m, 'memory');
rewind($m);
var_dump(fgetc($m));
sel('memory alone', [$m], null, null, 0);
sel('memory + idle socket', [$m, $idle], null, null, 0);
/* a user stream with bytes in its read buffer */
class MemWrapper
{
    public $context;
    private $data = "alpha\nbeta\n";
    private $pos = 0;
    function stream_open($path, $mode, $options, &$opened) { return true; }
    function stream_read($n) { $r = substr($this->data, $this->pos, $n); $this->pos += strlen($r); return $r; }
    function stream_eof() { return $this->pos >= strlen($this->data); }
    function stream_write($d) { return strlen($d); }
}
stream_wrapper_register('mem', 'MemWrapper');
$u = fopen('mem://x', 'r');
var_dump(fgets($u));
sel('user stream, buffered', [$u], null, null, 0);
sel('user stream + idle socket', [$u, $idle], [$idle], null, 0);
var_dump(fgets($u));
sel('user stream drained + idle socket', [$u, $idle], [$idle], null, 0);
/* the buffer of a plain file */
$f = fopen(__FILE__, 'r');
fgets($f);
sel('plain file, buffered', [$f], [$f], [$f], 0);
echo "done\n";
