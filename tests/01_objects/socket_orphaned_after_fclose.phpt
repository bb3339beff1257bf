--TEST--
tsp_sockets: a Socket whose stream fclose() closed fails each call as on a closed descriptor ([9], false, error kept) and never touches its old number, even once another file has it
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
set_error_handler(function (int $no, string $msg) { echo "Warning: $msg\n"; return true; });
function fds(): array { return array_values(array_diff(scandir('/proc/self/fd'), ['.', '..'])); }

/* exported, then the stream closed: the lowest free number is the socket's old one */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$st = socket_export_stream($p[0]);
$before = fds();
fclose($st);
$freed = array_values(array_diff($before, fds()));
$path = tempnam(sys_get_temp_dir(), 'tsp');
$f = fopen($path, 'w');                                   /* takes the freed number */
var_dump(array_values(array_diff(fds(), $before)) === [] && in_array($freed[0], fds(), true));

show('socket_write', fn() => socket_write($p[0], 'lost?'));
show('socket_last_error($s)', fn() => socket_last_error($p[0]));
show('socket_last_error()', fn() => socket_last_error());
show('socket_set_nonblock', fn() => socket_set_nonblock($p[0]));
show('socket_set_option', fn() => socket_set_option($p[0], SOL_SOCKET, SO_SNDBUF, 1));
show('socket_getsockname', fn() => socket_getsockname($p[0], $addr));
show('socket_shutdown', fn() => socket_shutdown($p[0]));
show('socket_send', fn() => socket_send($p[0], 'lost?', 5, 0));
show('socket_sendto', fn() => socket_sendto($p[0], 'lost?', 5, 0, '/nonexistent'));
show('socket_clear_error', fn() => socket_clear_error($p[0]));
show('socket_last_error($s) after clear', fn() => socket_last_error($p[0]));
show('socket_export_stream', fn() => get_resource_type(socket_export_stream($p[0])));
/* the file that has the number now saw nothing and keeps its flags */
fwrite($f, 'file');
fflush($f);
var_dump(file_get_contents($path), stream_get_meta_data($f)['blocked']);
/* socket_close() says what ext/sockets says, and the Socket is closed from then on */
show('socket_close', fn() => socket_close($p[0]));
show('socket_write after socket_close', fn() => socket_write($p[0], 'x'));
/* freeing the Socket leaves the number alone */
unset($p[0]);
var_dump(fwrite($f, '!'), fclose($f), file_get_contents($path));
unlink($path);

/* imported from a stream that is then closed: the same */
$srv = stream_socket_server('tcp://127.0.0.1:0');
$s = socket_import_stream($srv);
fclose($srv);
show('socket_listen', fn() => socket_listen($s));
show('socket_accept', fn() => socket_accept($s));
show('socket_get_option', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE));
show('socket_listen_info', fn() => socket_listen_info($s));
show('socket_last_error($s)', fn() => socket_last_error($s));
?>
--EXPECT--
bool(true)
Warning: socket_write(): unable to write to socket [9]: Bad file descriptor
socket_write: bool(false)
socket_last_error($s): int(9)
socket_last_error(): int(9)
Warning: socket_set_nonblock(): unable to set nonblocking mode [9]: Bad file descriptor
socket_set_nonblock: bool(false)
Warning: socket_set_option(): Unable to set socket option [9]: Bad file descriptor
socket_set_option: bool(false)
Warning: socket_getsockname(): unable to retrieve socket name [9]: Bad file descriptor
socket_getsockname: bool(false)
Warning: socket_shutdown(): Unable to shutdown socket [9]: Bad file descriptor
socket_shutdown: bool(false)
Warning: socket_send(): Unable to write to socket [9]: Bad file descriptor
socket_send: bool(false)
Warning: socket_sendto(): Unable to write to socket [9]: Bad file descriptor
socket_sendto: bool(false)
socket_clear_error: NULL
socket_last_error($s) after clear: int(0)
socket_export_stream: string(7) "Unknown"
string(4) "file"
bool(true)
socket_close: TypeError: socket_close(): supplied resource is not a valid stream resource
socket_write after socket_close: Error: socket_write(): Argument #1 ($socket) has already been closed
int(1)
bool(true)
string(5) "file!"
Warning: socket_listen(): unable to listen on socket [9]: Bad file descriptor
socket_listen: bool(false)
Warning: socket_accept(): unable to accept incoming connection [9]: Bad file descriptor
socket_accept: bool(false)
Warning: socket_get_option(): Unable to retrieve socket option [9]: Bad file descriptor
socket_get_option: bool(false)
Warning: socket_listen_info(): Unable to read the listen state [9]: Bad file descriptor
socket_listen_info: bool(false)
socket_last_error($s): int(9)
