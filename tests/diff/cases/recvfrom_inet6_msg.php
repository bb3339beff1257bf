<?php
require __DIR__ . '/../inc/util.inc';
// the failure warning's wording per family
$s6 = socket_create(AF_INET6, SOCK_STREAM, 0);
show('inet6 not connected', fn() => socket_recvfrom($s6, $buf, 10, 0, $from, $port));
show_err('err', $s6);
$s4 = socket_create(AF_INET, SOCK_STREAM, 0);
show('inet not connected', fn() => socket_recvfrom($s4, $buf, 10, 0, $from, $port));
$d6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
socket_set_nonblock($d6);
show('inet6 nothing to read (quiet)', fn() => socket_recvfrom($d6, $buf, 10, 0, $from, $port));
show_err('err', $d6);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('unix not connected', fn() => socket_recvfrom($u, $buf, 10, 0, $from));
