--TEST--
tsp_sockets: a freed Socket object closes its descriptor
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$base = fd_count();
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(fd_count() - $base);
unset($s);
var_dump(fd_count() - $base);

$list = [];
for ($i = 0; $i < 10; $i++) {
    $list[] = socket_create(AF_UNIX, SOCK_STREAM, 0);
}
var_dump(fd_count() - $base);
$list = null;
var_dump(fd_count() - $base);

/* socket_create_pair: two descriptors, both released */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
var_dump(fd_count() - $base);
unset($pair);
var_dump(fd_count() - $base);

/* an explicitly closed socket releases its descriptor at once */
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_close($s);
var_dump(fd_count() - $base);
unset($s);
var_dump(fd_count() - $base);

/* sockets freed by a returning function */
(function () { socket_create(AF_INET, SOCK_STREAM, SOL_TCP); })();
var_dump(fd_count() - $base);
?>
--EXPECT--
int(1)
int(0)
int(10)
int(0)
int(2)
int(0)
int(0)
int(0)
int(0)
