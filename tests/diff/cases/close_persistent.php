<?php
// socket_close() of a Socket imported from a persistent stream closes the connection, and the next pfsockopen() connects anew
$srv = socket_create_listen(0);
socket_getsockname($srv, $a, $port);
socket_set_option($srv, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
$ps = pfsockopen('127.0.0.1', $port, $errno, $errstr, 2);
$peer = socket_accept($srv);
socket_set_option($peer, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
socket_close(socket_import_stream($ps));
var_dump(get_resource_type($ps), socket_read($peer, 10));
$ps2 = pfsockopen('127.0.0.1', $port, $errno, $errstr, 2);
$peer2 = socket_accept($srv);
var_dump(fwrite($ps2, 'hello'), socket_read($peer2, 10));
fclose($ps2);
var_dump(socket_read($peer2, 10));
