--TEST--
tsp_sockets: socket_listen_fds(), socket_import_fd(), stream_socket_server('fd://3'): listeners inherited as from a service manager
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* The parent plays the service manager: it binds two listeners, starts a
 * child PHP with them as descriptors 3 and 4 and LISTEN_PID/LISTEN_FDS/
 * LISTEN_FDNAMES set, the way systemd does; the child takes them over. */
$a = stream_socket_server('tcp://127.0.0.1:0');
$b = stream_socket_server('tcp://127.0.0.1:0');
$d = stream_socket_server('tcp://127.0.0.1:0');
$e = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
$pa = (int) substr(strrchr(stream_socket_get_name($a, false), ':'), 1);
$pb = (int) substr(strrchr(stream_socket_get_name($b, false), ':'), 1);
$child = <<<'PHP'
$fds = socket_listen_fds();
ksort($fds);
echo implode(',', array_keys($fds)), "\n";
foreach ($fds as $name => $sock) {
    socket_getsockname($sock, $addr, $port);
    echo "$name: ", get_class($sock), " $addr listening=", socket_get_option($sock, SOL_SOCKET, SO_ACCEPTCONN), "\n";
}
var_dump(getenv('LISTEN_FDS'), socket_listen_fds());
$c = socket_accept($fds['web']);
socket_write($c, "hello from the child\n");
socket_close($c);
/* descriptors 5 and 6 came without the variables: adopted one by one */
$five = socket_import_fd(5);
echo get_class($five), ' listening=', socket_get_option($five, SOL_SOCKET, SO_ACCEPTCONN), "\n";
$six = stream_socket_server('fd://6');
echo get_resource_type($six), ' ', stream_get_meta_data($six)['stream_type'], "\n";
PHP;
$env = child_env(['LISTEN_FDS' => '2', 'LISTEN_FDNAMES' => 'web:admin']);
/* LISTEN_PID must be the child's own pid: a shell sets it before exec */
$cmd = 'LISTEN_PID=$$ exec ' . escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so'))
    . ' -r ' . escapeshellarg($child);
$proc = proc_open(['sh', '-c', $cmd], [1 => ['pipe', 'w'], 2 => ['pipe', 'w'], 3 => $a, 4 => $b, 5 => $d, 6 => $e], $pipes, null, $env);
$client = stream_socket_client("tcp://127.0.0.1:$pa", $errno, $errstr, 5);
$greeting = stream_get_contents($client);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]), $greeting;
var_dump(proc_close($proc));

/* socket_import_fd() and fd:// on descriptors this process holds */
$dir = fopen(__FILE__, 'r');
foreach (scandir('/proc/self/fd') as $n) {
    if (is_numeric($n) && @readlink("/proc/self/fd/$n") === realpath(__FILE__)) { $filefd = (int) $n; }
}
var_dump(@socket_import_fd($filefd), socket_last_error() === SOCKET_ENOTSOCK);
try { socket_import_fd(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(@stream_socket_server("fd://$filefd", $errno, $errstr), $errno === SOCKET_ENOTSOCK, $errstr);
var_dump(@stream_socket_server("fd://x", $errno, $errstr), $errno, $errstr);
?>
--EXPECTF--
admin,web
admin: Socket 127.0.0.1 listening=1
web: Socket 127.0.0.1 listening=1
bool(false)
array(0) {
}
Socket listening=1
stream udp_socket
hello from the child
int(0)
bool(false)
bool(true)
socket_import_fd(): Argument #1 ($fd) must be between 0 and %d
bool(false)
bool(true)
string(30) "Socket operation on non-socket"
bool(false)
int(0)
string(27) "Failed to parse address "x""
