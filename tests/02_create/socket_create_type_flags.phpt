--TEST--
tsp_sockets: socket_create(), socket_create_pair(): SOCK_NONBLOCK and SOCK_CLOEXEC in the type (PHP 8.4, here on every version)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_fdinfo.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, SOL_TCP);
socket_bind($s, '127.0.0.1');
socket_listen($s);
var_dump(socket_accept($s), socket_last_error() === SOCKET_EAGAIN);
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, $p));
var_dump(socket_read($p[0], 10), socket_last_error($p[0]) === SOCKET_EAGAIN);
var_dump(socket_get_option($p[1], SOL_SOCKET, SO_TYPE) === SOCK_STREAM);
try { socket_create(AF_INET, SOCK_STREAM | 4096, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { socket_create_pair(AF_UNIX, 11 | SOCK_CLOEXEC, 0, $p); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
/* close-on-exec only when asked */
$before = cloexec_fds();
$x = socket_create(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
var_dump(count(array_diff(cloexec_fds(), $before)));
$before = cloexec_fds();
$y = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(count(array_diff(cloexec_fds(), $before)));
?>
--EXPECTF--
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
int(1)
int(0)
