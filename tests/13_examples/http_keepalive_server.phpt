--TEST--
examples/http_keepalive_server.php: two requests on one kept-alive connection, idle close after 1 s, pipelined requests ending with Connection: close
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
/* idle_seconds 1, and the server stops after 2 connections; the child gets
 * this process's pcre.jit, so that a run under valgrind (pcre.jit=0) does not
 * report the JIT's code as uninitialised reads */
$cmd = example_cmd('http_keepalive_server.php', ['127.0.0.1', '0', '1', '2'], ['pcre.jit' => (int) ini_get('pcre.jit')]);
[$proc, $pipes] = example_start($cmd);
[$host, $port] = example_listening($proc, $pipes);
echo "listening on 127.0.0.1 with a port\n";
echo fgets($pipes[1]) === "talk to it with: curl -v http://$host:$port/a http://$host:$port/b\n" ? "curl hint\n" : "no curl hint\n";
echo fgets($pipes[1]) === "            or: nc -C $host $port   (type: GET / HTTP/1.1, then an empty line)\n" ? "nc hint\n" : "no nc hint\n";

/* one response: the header up to the empty line, then Content-Length bytes of body */
function response($c): void
{
    $head = '';
    while (!str_ends_with($head, "\r\n\r\n") && ($line = fgets($c)) !== false) {
        $head .= $line;
    }
    $length = preg_match('/^Content-Length: (\d+)\r$/mi', $head, $m) ? (int) $m[1] : 0;
    $body = $length > 0 ? (string) stream_get_contents($c, $length) : '';
    echo str_replace("\r\n", "\\r\\n\n", $head), $body, "--\n";
}

$c = stream_socket_client("tcp://$host:$port", $errno, $errstr, 2);
stream_set_timeout($c, 3);
fwrite($c, "GET /first HTTP/1.1\r\nHost: $host\r\n\r\n");
response($c);
fwrite($c, "POST /second?x=1 HTTP/1.1\r\nHost: $host\r\nContent-Length: 5\r\n\r\nhello");
response($c);
/* now idle: the server closes the connection after about a second */
$t = microtime(true);
$rest = fread($c, 100);
$waited = microtime(true) - $t;
var_dump($rest, feof($c), $waited > 0.8 && $waited < 2.5 ? 'closed after about 1 s' : "closed after $waited s");
fclose($c);
echo 'server: ', fgets($pipes[1]);

/* HTTP/1.0 asking for keep-alive, then a pipelined HTTP/1.1 request with Connection: close */
$c = stream_socket_client("tcp://$host:$port", $errno, $errstr, 2);
stream_set_timeout($c, 2);
fwrite($c, "HEAD /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /last HTTP/1.1\r\nHost: $host\r\nConnection: close\r\n\r\n");
$head = '';
while (!str_ends_with($head, "\r\n\r\n") && ($line = fgets($c)) !== false) {
    $head .= $line;
}
echo str_replace("\r\n", "\\r\\n\n", $head), "--\n";
response($c);
var_dump(fread($c, 100), feof($c));
fclose($c);

example_finish($proc, $pipes);
?>
--EXPECT--
listening on 127.0.0.1 with a port
curl hint
nc hint
HTTP/1.1 200 OK\r\n
Content-Type: text/plain\r\n
Content-Length: 62\r\n
Connection: keep-alive\r\n
Keep-Alive: timeout=1\r\n
\r\n
Hello from tsp_sockets: request 1 on connection 1, GET /first
--
HTTP/1.1 200 OK\r\n
Content-Type: text/plain\r\n
Content-Length: 68\r\n
Connection: keep-alive\r\n
Keep-Alive: timeout=1\r\n
\r\n
Hello from tsp_sockets: request 2 on connection 1, POST /second?x=1
--
string(0) ""
bool(true)
string(22) "closed after about 1 s"
server: connection 1: 2 requests, closed after 1 s idle
HTTP/1.1 200 OK\r\n
Content-Type: text/plain\r\n
Content-Length: 61\r\n
Connection: keep-alive\r\n
Keep-Alive: timeout=1\r\n
\r\n
--
HTTP/1.1 200 OK\r\n
Content-Type: text/plain\r\n
Content-Length: 61\r\n
Connection: close\r\n
\r\n
Hello from tsp_sockets: request 2 on connection 2, GET /last
--
string(0) ""
bool(true)
connection 2: 2 requests, closed after "Connection: close"
stopped after 2 connections
exit status 0
