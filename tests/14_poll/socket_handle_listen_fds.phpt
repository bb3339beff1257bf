--TEST--
tsp_sockets: SocketPollHandle: a listener inherited through socket_listen_fds() and the Sockets socket_accept() gives, served from one Io\Poll\Context
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!class_exists('SocketPollHandle')) die("skip SocketPollHandle is tsp_sockets' own, and not on PHP 8.6"); ?>
--FILE--
<?php
/* the parent plays the service manager, the child serves: one line back per line, two clients */
$l = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($l, false), ':'), 1);
$child = <<<'PHP'
use Io\Poll\{Context, Event};
$fds = socket_listen_fds();
$c = new Context();
$c->add(new SocketPollHandle($fds['web']), [Event::Read], 'listener');
$served = 0;
while ($served < 2) {
    foreach ($c->wait(Time\Duration::fromSeconds(10)) as $w) {
        if ($w->getData() === 'listener') {
            $s = socket_accept($w->getHandle()->getSocket());
            $c->add(new SocketPollHandle($s), [Event::Read], 'client');
            continue;
        }
        $s = $w->getHandle()->getSocket();
        $line = @socket_read($s, 100, PHP_NORMAL_READ);
        if ($line === false || $line === '') { /* the end, or a reset */
            socket_close($s); /* retires the watcher */
            $served++;
            continue;
        }
        socket_write($s, 'echo: ' . $line);
    }
}
echo "served $served, ", count($c->wait(Time\Duration::fromSeconds(0))), " left\n";
PHP;
$cmd = 'LISTEN_PID=$$ exec ' . escapeshellarg(PHP_BINARY) . ' -n -d extension='
    . escapeshellarg(getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so')) . ' -r ' . escapeshellarg($child);
$proc = proc_open(['sh', '-c', $cmd], [1 => ['pipe', 'w'], 2 => ['pipe', 'w'], 3 => $l], $pipes, null,
    ['LISTEN_FDS' => '1', 'LISTEN_FDNAMES' => 'web'] + getenv());
fclose($l);
$a = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
$b = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
stream_set_timeout($a, 10);
stream_set_timeout($b, 10);
fwrite($a, "one\n");
fwrite($b, "two\n");
echo fgets($a), fgets($b);
fwrite($a, "three\n");
echo fgets($a);
fclose($a);
fclose($b);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
var_dump(proc_close($proc));
?>
--EXPECT--
echo: one
echo: two
echo: three
served 2, 0 left
int(0)
