--TEST--
tsp_sockets: socket_close() of a Socket imported from a persistent stream closes the connection, and the next pfsockopen() opens a new one (as ext/sockets)
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
[$srv, $port] = tcp_listener();
$ps = pfsockopen('127.0.0.1', $port, $errno, $errstr, 2);
$peer = socket_accept($srv);
socket_close(socket_import_stream($ps));
var_dump(get_resource_type($ps));
/* the peer sees the end of the stream */
socket_set_option($peer, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
var_dump(socket_read($peer, 10));
/* a new pfsockopen() connects again: the listener has a new connection to accept */
$ps2 = pfsockopen('127.0.0.1', $port, $errno, $errstr, 2);
socket_set_option($srv, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
$peer2 = socket_accept($srv);
fwrite($ps2, 'hello');
var_dump(socket_read($peer2, 10));
/* a Socket freed without socket_close() leaves the persistent connection open */
$s = socket_import_stream($ps2);
unset($s);
var_dump(fwrite($ps2, ' again'), socket_read($peer2, 10));
?>
--EXPECT--
string(7) "Unknown"
string(0) ""
string(5) "hello"
int(6)
string(6) " again"
