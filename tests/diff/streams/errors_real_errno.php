<?php
// diff: documented core reports errno 0 (and "Unknown error" for unix/udg/udp-listen); ours the real code
require __DIR__ . '/../inc/streams.inc';
function attempt(string $target, int $flags = STREAM_SERVER_BIND | STREAM_SERVER_LISTEN): void
{
    error_clear_last();
    $s = @stream_socket_server($target, $errno, $errstr, $flags);
    $w = error_get_last();
    echo name_shape($target), ': ', $s === false ? 'false' : 'stream', " errno=$errno errstr=", var_export($errstr, true),
        ' warning=', $w ? var_export(preg_replace('/:\d+ \(/', ':PORT (', $w['message']), true) : 'none', "\n";
}
$a = server('tcp://127.0.0.1:0', null, null, true);
attempt('tcp://' . stream_socket_get_name($a, false));
attempt('udp://127.0.0.1:0');
attempt('unix:///nonexistent-dir/x.sock');
attempt('udg:///nonexistent-dir/x.sock', STREAM_SERVER_BIND);
touch('file.sock');
attempt('unix://file.sock');
echo "done\n";
