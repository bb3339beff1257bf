--TEST--
examples/stream_select_loop.php: keep-alive, pipelined and HTTP/1.0 requests on a stream_select() event loop, /stats, a write watcher for a slow reader, stop after N requests
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
/* the server stops after 7 requests; pcre.jit as this process has it (valgrind runs set it to 0) */
$cmd = [PHP_BINARY, '-n', '-d', 'pcre.jit=' . (int) ini_get('pcre.jit'), '-d', "extension=$ext", __DIR__ . '/../../examples/stream_select_loop.php', '127.0.0.1', '0', '7', '30'];
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_timeout($pipes[1], 5);
$first = (string) fgets($pipes[1]);
if (!preg_match('/^listening on (127\.0\.0\.1):(\d+)\n$/', $first, $m) || $m[2] === '0') {
    proc_terminate($proc, 9);
    exit("unexpected: $first" . stream_get_contents($pipes[2]));
}
[, $host, $port] = $m;
echo "listening on 127.0.0.1 with a port\n";
echo fgets($pipes[1]) === "talk to it with: curl -v http://$host:$port/a http://$host:$port/b\n" ? "curl hint\n" : "no curl hint\n";

function connect(string $host, string $port)
{
    $c = stream_socket_client("tcp://$host:$port", $errno, $errstr, 2);
    stream_set_timeout($c, 3);
    return $c;
}
/* one response: the header up to the empty line, then Content-Length bytes of body */
function response($c, bool $show = true): string
{
    $head = '';
    while (!str_ends_with($head, "\r\n\r\n") && ($line = fgets($c)) !== false) {
        $head .= $line;
    }
    $length = preg_match('/^Content-Length: (\d+)\r$/mi', $head, $m) ? (int) $m[1] : 0;
    $body = $length > 0 ? (string) stream_get_contents($c, $length) : '';
    if ($show) {
        echo preg_replace('/^(HTTP\S+ \d+ .*?)\r$/m', '$1', strtok($head, "\n")), "\n", $body;
    }
    return $head . $body;
}

/* two requests on one connection, then two pipelined on another */
$a = connect($host, $port);
fwrite($a, "GET /first HTTP/1.1\r\nHost: x\r\n\r\n");
response($a);
fwrite($a, "POST /second HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
response($a);
$b = connect($host, $port);
fwrite($b, "GET /p1 HTTP/1.1\r\nHost: x\r\n\r\nGET /stats HTTP/1.1\r\nHost: x\r\n\r\n");
response($b);
$stats = response($b, false);
echo preg_match('/connections=2 requests=4 memory=\d+ descriptors=(-1|\d+)\n$/', $stats) ? "stats: 2 connections, 4 requests\n" : "stats: $stats\n";
/* HTTP/1.0 without keep-alive: closed after its response */
$c = connect($host, $port);
fwrite($c, "HEAD /old HTTP/1.0\r\n\r\n");
echo str_replace("\r\n", "|", response($c, false)), "\n";
var_dump(fread($c, 10), feof($c));
/* a reader that does not read: the server's output waits in its buffer (write watcher) */
$d = connect($host, $port);
fwrite($d, "GET /bytes/3000000 HTTP/1.1\r\nHost: x\r\n\r\n");
$r = [$d]; $w = $e = null;
stream_select($r, $w, $e, 2); /* the first bytes are there; the rest waits in the server */
$big = response($d, false);
echo strtok($big, "\r"), ', body of ', strlen(substr($big, strpos($big, "\r\n\r\n") + 4)), " bytes\n";
/* the 7th request: the server answers it and stops */
fwrite($a, "GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
response($a);
var_dump(fread($a, 10), feof($a));

$deadline = microtime(true) + 5;
while (($st = proc_get_status($proc))['running'] && microtime(true) < $deadline) {
    usleep(10000);
}
if ($st['running']) {
    proc_terminate($proc, 9);
}
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($proc);
echo $st['running'] ? 'still running after its bound' : ($st['signaled'] ? "killed by signal $st[termsig]" : "exit status $st[exitcode]"), "\n";
?>
--EXPECT--
listening on 127.0.0.1 with a port
curl hint
HTTP/1.1 200 OK
GET /first: request 1 on this connection
HTTP/1.1 200 OK
POST /second: request 2 on this connection
HTTP/1.1 200 OK
GET /p1: request 1 on this connection
stats: 2 connections, 4 requests
HTTP/1.1 200 OK|Content-Type: text/plain|Content-Length: 40|Connection: close||
string(0) ""
bool(true)
HTTP/1.1 200 OK, body of 3000000 bytes
HTTP/1.1 200 OK
GET /last: request 3 on this connection
string(0) ""
bool(true)
answered 7 requests on 4 connections
exit status 0
