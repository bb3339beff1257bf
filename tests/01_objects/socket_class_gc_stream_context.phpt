--TEST--
tsp_sockets: a Socket kept only by the context of its own stream is collected; one whose stream or context is held elsewhere too stays alive and usable
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$base = fd_count();

/* exported, and stored in the options of that stream: a cycle through resources */
for ($i = 0; $i < 10; $i++) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    $st = socket_export_stream($s);
    stream_context_set_option($st, 'app', 'socket', $s);
    unset($s, $st);
}
/* imported from a client stream, stored the same way (nested deeper) */
$srv = stream_socket_server('tcp://127.0.0.1:0');
for ($i = 0; $i < 10; $i++) {
    $c = stream_socket_client(stream_socket_get_name($srv, false), $errno, $errstr, 2, STREAM_CLIENT_CONNECT,
        stream_context_create());
    $s = socket_import_stream($c);
    stream_context_set_option($c, 'app', 'list', [[$s]]);
    unset($s, $c);
}
while (@stream_socket_accept($srv, 0)) {
}
echo "before collection: ", fd_count() - $base - 1, "\n";   /* $srv is open */
gc_collect_cycles();
echo "after collection: ", fd_count() - $base - 1, "\n";

/* the context is shared with a variable: the Socket is reachable through it */
$ctx = stream_context_create();
$l = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
$s = socket_import_stream($l);
stream_context_set_option($ctx, 'app', 'socket', $s);
unset($s, $l);
gc_collect_cycles();
$kept = stream_context_get_options($ctx)['app']['socket'];
var_dump(socket_getsockname($kept, $addr), $addr);
unset($kept, $ctx);
gc_collect_cycles();
echo "shared context gone: ", fd_count() - $base - 1, "\n";   /* $srv is still open */

/* the stream is also held by an object that a variable keeps alive */
$holder = new stdClass;
$holder->self = $holder;
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$holder->stream = socket_export_stream($s);
stream_context_set_option($holder->stream, 'app', 'socket', $s);
unset($s);
gc_collect_cycles();
$kept = stream_context_get_options($holder->stream)['app']['socket'];
var_dump(socket_bind($kept, '127.0.0.1', 0), get_resource_type($holder->stream));
unset($kept);
echo "holder alive: ", fd_count() - $base - 1, "\n";
?>
--EXPECT--
before collection: 20
after collection: 0
bool(true)
string(9) "127.0.0.1"
shared context gone: 0
bool(true)
string(6) "stream"
holder alive: 1
