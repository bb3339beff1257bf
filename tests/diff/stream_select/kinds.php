<?php
/* Every kind of stream in each of the three sets: sockets of every transport,
 * pairs, pipes, the standard streams, php:// streams, plain files, and streams
 * that have no descriptor (warned about once per walk, as core does). */
require __DIR__ . '/_lib.inc';
$tmp = getenv('TSP_DIFF_TMP') ?: sys_get_temp_dir();

/* one stream on its own in each set, then with a ready companion */
function each_set(string $label, $s): void
{
    static $ready;
    $ready ??= stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0)[0];
    sel("$label r", [$s], null, null, 0);
    sel("$label w", null, [$s], null, 0);
    sel("$label e", null, null, [$s], 0);
    sel("$label all", ['r' => $s], ['w' => $s], ['e' => $s], 0);
    sel("$label + writable pair end", [$s, $ready], [$ready, $s], [$s], 0);
}

[$c, $a] = tcp_pair($l);
each_set('tcp client', $c);
fwrite($c, "ping");
settle($a);
each_set('tcp accepted with data', $a);
each_set('tcp listener', $l);
$c2 = stream_socket_client('tcp://' . stream_socket_get_name($l, false));
settle($l);
each_set('tcp listener with a pending connection', $l);

$u = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
each_set('udp server', $u);
$uc = stream_socket_client('udp://' . stream_socket_get_name($u, false));
each_set('udp client', $uc);
fwrite($uc, 'datagram');
settle($u);
each_set('udp server with a datagram', $u);

$path = "$tmp/s.sock";
$us = stream_socket_server("unix://$path");
$ucl = stream_socket_client("unix://$path");
$ua = stream_socket_accept($us, 1);
each_set('unix client', $ucl);
fwrite($ua, 'x');
settle($ucl);
each_set('unix client with data', $ucl);
$gs = stream_socket_server("udg://$tmp/g.sock", $errno, $errstr, STREAM_SERVER_BIND);
each_set('udg server', $gs);

foreach ([STREAM_SOCK_STREAM => 'stream', STREAM_SOCK_DGRAM => 'dgram', STREAM_SOCK_SEQPACKET => 'seqpacket'] as $type => $name) {
    [$p, $q] = stream_socket_pair(STREAM_PF_UNIX, $type, 0);
    each_set("pair $name", $p);
    fwrite($q, 'y');
    each_set("pair $name with data", $p);
    fclose($q);
    each_set("pair $name, peer closed", $p);
}

each_set('STDIN', STDIN);
each_set('STDOUT', STDOUT);
each_set('STDERR', STDERR);
foreach (['php://stdin' => 'r', 'php://stdout' => 'w', 'php://stderr' => 'w', 'php://fd/0' => 'r', 'php://fd/1' => 'w',
    'php://memory' => 'r+', 'php://temp' => 'r+', 'php://temp/maxmemory:0' => 'r+', 'php://input' => 'r', 'php://output' => 'w',
    'data://text/plain,hello' => 'r', __FILE__ => 'r', "$tmp/w.txt" => 'w', "$tmp/a.txt" => 'a+'] as $url => $mode) {
    $f = fopen($url, $mode);
    each_set(str_replace($tmp, 'TMP', $url) . " ($mode)", $f);
}
each_set('tmpfile()', tmpfile());
each_set('opendir()', opendir(__DIR__));
file_put_contents("$tmp/z.gz", gzencode('zipped'));
each_set('compress.zlib://', fopen("compress.zlib://$tmp/z.gz", 'r'));
each_set('glob://', opendir('glob://' . __DIR__ . '/*.php'));
$po = popen('echo hi', 'r');
stream_get_contents($po); /* to its end: the child has closed the pipe */
each_set('popen r, at the end', $po);
pclose($po);
$po = popen('cat >/dev/null', 'w');
each_set('popen w', $po);
pclose($po);
$filtered = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_filter_append($filtered[0], 'string.rot13');
each_set('filtered pair end', $filtered[0]);
echo "done\n";
