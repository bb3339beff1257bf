--TEST--
tsp_sockets: socket_select(): seconds plus carried microseconds beyond PHP_INT_MAX fail with EINVAL at once, as select() does
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
function sel($p, $sec, $usec) {
    $r = [$p[0]]; $w = $e = null;
    socket_clear_error();
    $t = microtime(true);
    $n = socket_select($r, $w, $e, $sec, $usec);
    printf("%s, %s, error %d\n", var_export($n, true), microtime(true) - $t < 1 ? 'at once' : 'waited', socket_last_error());
}
/* the carry overflows: select() sees a negative time */
sel($p, PHP_INT_MAX, PHP_INT_MAX);
sel($p, PHP_INT_MAX, 1000000);
sel($p, PHP_INT_MAX - 1, 2000000);
/* negative parts */
sel($p, -1, 0);
sel($p, 0, -1);
/* no overflow: a huge wait, cut short by a socket that is ready */
socket_write($p[1], 'x');
sel($p, PHP_INT_MAX, 999999);
sel($p, PHP_INT_MAX - 1, 1000000);
sel($p, -1, 1000000);            // -1 s + 1 s: a zero timeout, as select() adds them
?>
--EXPECTF--
Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
false, at once, error 22

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
false, at once, error 22

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
false, at once, error 22

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
false, at once, error 22

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
false, at once, error 22
1, at once, error 0
1, at once, error 0
1, at once, error 0
