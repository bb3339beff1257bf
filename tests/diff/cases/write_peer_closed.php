<?php
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
socket_close($a);
usleep(20000);
$r1 = @socket_write($c, 'first');
echo 'first write after peer close: ', var_export($r1, true), "\n";
usleep(50000);
$results = [];
for ($i = 0; $i < 5; $i++) {
    $r = @socket_write($c, 'more');
    $results[] = $r === false ? socket_last_error($c) : 'ok';
    if ($r === false) break;
}
echo 'later writes: ', implode(',', array_unique($results)), "\n";
show_err('err', $c);
show('read after RST', fn() => socket_read($c, 10));
show_err('err', $c);
// unix stream: write after peer close gives EPIPE immediately
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[1]);
show('unix write', fn() => socket_write($p[0], 'x'));
show_err('err', $p[0]);
show('unix read', fn() => socket_read($p[0], 10));
// unix dgram: write to closed peer
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $q);
socket_close($q[1]);
show('unix dgram write', fn() => socket_write($q[0], 'x'));
show_err('err', $q[0]);
echo "still alive\n";
