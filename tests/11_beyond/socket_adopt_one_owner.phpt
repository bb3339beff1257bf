--TEST--
tsp_sockets: one owner per descriptor: socket_import_fd(), stream_socket_server('fd://N') and socket_listen_fds() refuse a descriptor a Socket or a stream of the process already owns, and take it once that owner has closed it
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
/* in this process: descriptors PHP made itself */
set_error_handler(function (int $no, string $msg) { if (error_reporting() & $no) { echo "Warning: $msg\n"; } return true; });
function socket_fds(): array {
    return array_filter(scandir('/proc/self/fd'), fn($n) => is_numeric($n) && str_starts_with((string) @readlink("/proc/self/fd/$n"), 'socket:'));
}
/* what $make returns, and the number of the one socket descriptor it opened */
function newest_fd(callable $make): array {
    $before = socket_fds();
    $r = $make();
    $new = array_values(array_diff(socket_fds(), $before));
    return [$r, (int) $new[0]];
}
[$sock, $fd] = newest_fd(fn() => socket_create(AF_INET, SOCK_STREAM, SOL_TCP));
var_dump(socket_import_fd($fd) === false, socket_last_error() === SOCKET_EBUSY);
var_dump(stream_socket_server("fd://$fd", $errno, $errstr), $errno === SOCKET_EBUSY, str_replace($fd, 'N', $errstr));
[$srv, $fd] = newest_fd(fn() => stream_socket_server('tcp://127.0.0.1:0'));
var_dump(socket_import_fd($fd) === false, stream_socket_server("fd://$fd") === false);
/* a Socket imported from a stream shares it: the descriptor still has its owner */
$imported = socket_import_stream($srv);
var_dump(socket_import_fd($fd) === false);
/* a persistent stream is an owner too */
$port = (int) substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
[$ps, $fd] = newest_fd(fn() => pfsockopen('127.0.0.1', $port, $errno, $errstr, 2));
var_dump(socket_import_fd($fd) === false);
echo "---\n";

/* in a child: descriptors inherited as from a service manager */
$ls = [];
for ($i = 0; $i < 4; $i++) { $ls[] = stream_socket_server('tcp://127.0.0.1:0'); }
$child = <<<'PHP'
set_error_handler(function (int $no, string $msg) { echo "Warning: $msg\n"; return true; });
$first = socket_listen_fds(false);
$again = socket_listen_fds(false);
var_dump(array_keys($first), $again, socket_last_error() === SOCKET_EBUSY);
var_dump(socket_import_fd(3), stream_socket_server('fd://4', $errno, $errstr), $errno, $errstr);
/* the first owners are untouched */
var_dump(socket_get_option($first['a'], SOL_SOCKET, SO_ACCEPTCONN), socket_get_option($first['b'], SOL_SOCKET, SO_ACCEPTCONN));
/* once its owner has closed it, the number is free: not a socket any more here */
socket_close($first['a']);
var_dump(socket_import_fd(3));
/* adopted as a stream, then refused as a Socket; and the other way round */
$five = stream_socket_server('fd://5');
var_dump(socket_import_fd(5));
$six = socket_import_fd(6);
var_dump(stream_socket_server('fd://6', $errno, $errstr), $errstr);
fclose($five);
var_dump(socket_import_fd(5));
PHP;
$cmd = 'LISTEN_PID=$$ exec ' . escapeshellarg(PHP_BINARY) . ' -n -d extension='
    . escapeshellarg(getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so')) . ' -r ' . escapeshellarg($child);
$proc = proc_open(['sh', '-c', $cmd], [1 => ['pipe', 'w'], 2 => ['pipe', 'w'], 3 => $ls[0], 4 => $ls[1], 5 => $ls[2], 6 => $ls[3]],
    $pipes, null, child_env(['LISTEN_FDS' => '2', 'LISTEN_FDNAMES' => 'a:b']));
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
var_dump(proc_close($proc));
?>
--EXPECTF--
Warning: socket_import_fd(): Unable to import the descriptor %d: it already belongs to a Socket
bool(true)
bool(true)
Warning: stream_socket_server(): Unable to connect to fd://%d (Descriptor %d already belongs to a Socket)
bool(false)
bool(true)
string(40) "Descriptor N already belongs to a Socket"
Warning: socket_import_fd(): Unable to import the descriptor %d: it already belongs to a stream
Warning: stream_socket_server(): Unable to connect to fd://%d (Descriptor %d already belongs to a stream)
bool(true)
bool(true)
Warning: socket_import_fd(): Unable to import the descriptor %d: it already belongs to a stream
bool(true)
Warning: socket_import_fd(): Unable to import the descriptor %d: it already belongs to a stream
bool(true)
---
Warning: socket_listen_fds(): Unable to import the descriptor 3: it already belongs to a Socket
Warning: socket_listen_fds(): Unable to import the descriptor 4: it already belongs to a Socket
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
bool(true)
Warning: socket_import_fd(): Unable to import the descriptor 3: it already belongs to a Socket
Warning: stream_socket_server(): Unable to connect to fd://4 (Descriptor 4 already belongs to a Socket)
bool(false)
bool(false)
int(16)
string(40) "Descriptor 4 already belongs to a Socket"
int(1)
int(1)
Warning: socket_import_fd(): Unable to import the descriptor [9]: Bad file descriptor
bool(false)
Warning: socket_import_fd(): Unable to import the descriptor 5: it already belongs to a stream
bool(false)
Warning: stream_socket_server(): Unable to connect to fd://6 (Descriptor 6 already belongs to a Socket)
bool(false)
string(40) "Descriptor 6 already belongs to a Socket"
Warning: socket_import_fd(): Unable to import the descriptor [9]: Bad file descriptor
bool(false)
int(0)
