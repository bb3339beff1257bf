--TEST--
tsp_sockets: socket_listen_info(): streams, unix sockets, sockets that do not listen, bad arguments
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
/* a stream server from stream_socket_server(): the backlog it asked for is known */
$ctx = stream_context_create(['socket' => ['backlog' => 9]]);
$s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
$info = socket_listen_info($s);
var_dump($info['backlog_requested'], $info['backlog'], $info['queued']);
/* the same through socket_import_stream() */
var_dump(socket_listen_info(socket_import_stream($s))['backlog_requested']);
/* unix: what cannot be known is null, not a guess */
$path = sys_get_temp_dir() . '/tsp_li_' . getmypid() . '.sock';
@unlink($path);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($u, $path);
socket_listen($u, 3);
$info = socket_listen_info($u);
var_dump($info['listening'], $info['backlog_requested'], $info['backlog'], $info['queued']);
@unlink($path);
/* not listening */
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_listen_info($t), socket_last_error($t) === SOCKET_EINVAL);
socket_close($t);
try { socket_listen_info($t); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { socket_listen_info(42); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { socket_listen_info(stream_context_create()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(socket_listen_info(fopen('php://memory', 'r')));
?>
--EXPECTF--
int(9)
int(9)
int(0)
int(9)
bool(true)
int(3)
NULL
NULL

Warning: socket_listen_info(): The socket is not listening: call socket_listen() first in %s on line %d
bool(false)
bool(true)
socket_listen_info(): Argument #1 ($socket) has already been closed
socket_listen_info(): Argument #1 ($socket) must be of type Socket or resource, int given
socket_listen_info(): supplied resource is not a valid stream resource

Warning: socket_listen_info(): Cannot represent a stream of type MEMORY as a Socket Descriptor in %s on line %d
bool(false)
