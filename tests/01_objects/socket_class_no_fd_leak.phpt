--TEST--
tsp_sockets: failed calls do not leak descriptors
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$l, $port] = tcp_listener();
socket_set_nonblock($l);
$base = fd_count();
for ($i = 0; $i < 50; $i++) {
    socket_accept($l);
    @socket_create(AF_INET, SOCK_STREAM, 9999);
    @socket_create_pair(AF_INET, SOCK_STREAM, 0, $p);
    @socket_create_listen($port);
    @socket_connect(socket_create(AF_INET, SOCK_STREAM, SOL_TCP), '127.0.0.1', unused_port());
    try { socket_bind(socket_create(AF_UNIX, SOCK_STREAM, 0), str_repeat('a', 200)); } catch (ValueError $e) {}
}
/* the last ValueError's trace holds the socket passed to socket_bind() */
unset($e);
var_dump(fd_count() - $base);
/* accepted sockets are released too */
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
socket_set_block($l);
$a = socket_accept($l);
var_dump(fd_count() - $base);
unset($a);
socket_close($c);
var_dump(fd_count() - $base);
?>
--EXPECT--
int(0)
int(2)
int(0)
