--TEST--
tsp_sockets: stream_socket_server(): other transports and non-string targets go to core
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
var_dump(stream_socket_server('foo://127.0.0.1:0', $errno, $errstr), $errno, $errstr);
try { stream_socket_server([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_socket_server('tcp://127.0.0.1:0', $e1, $e2, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
/* ssl:// where PHP has it (the openssl extension), which stays core's */
if (in_array('ssl', stream_get_transports(), true)) {
    $s = stream_socket_server('ssl://127.0.0.1:0', $errno, $errstr);
    echo get_resource_type($s), ' ', stream_get_meta_data($s)['stream_type'], "\n";
} else {
    echo "stream tcp_socket/ssl\n";
}
?>
--EXPECTF--
Warning: stream_socket_server(): Unable to connect to foo://127.0.0.1:0 (Unable to find the socket transport "foo" - did you forget to enable it when you configured PHP?) in %s on line %d
bool(false)
int(0)
string(%d) "Unable to find the socket transport "foo" - did you forget to enable it when you configured PHP?"
stream_socket_server(): Argument #1 ($address) must be of type string, array given
stream_socket_server(): Argument #4 ($flags) must be of type int, string given
stream %s
