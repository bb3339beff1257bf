--TEST--
examples/iopoll_server.php: under load, 40 keep-alive clients at once on its Socket listener and its stream listener, 25 requests each (some pipelined), all answered in order; idle close; its bound on connections
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
/* idle_seconds 1; the server stops after 41 connections */
$cmd = [PHP_BINARY, '-n', '-d', 'pcre.jit=' . (int) ini_get('pcre.jit'), '-d', "extension=$ext",
    __DIR__ . '/../../examples/iopoll_server.php', '127.0.0.1', '0', '1', '41'];
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_timeout($pipes[1], 5);
$first = (string) fgets($pipes[1]);
if (!preg_match('/^listening on 127\.0\.0\.1:(\d+) \(Socket\) and 127\.0\.0\.1:(\d+) \(stream\)\n$/', $first, $m)) {
    proc_terminate($proc, 9);
    exit("unexpected: $first" . stream_get_contents($pipes[2]));
}
$ports = ['Socket' => (int) $m[1], 'stream' => (int) $m[2]];
echo "listening on two ports\n";

/* 40 clients, 20 per listener, each sending 25 requests; every 5th round two at once */
$clients = [];
for ($i = 0; $i < 40; $i++) {
    $kind = $i % 2 ? 'stream' : 'Socket';
    $s = stream_socket_client("tcp://127.0.0.1:{$ports[$kind]}", $errno, $errstr, 5);
    stream_set_blocking($s, false);
    $clients[$i] = ['s' => $s, 'kind' => $kind, 'sent' => 0, 'got' => 0, 'buf' => '', 'bodies' => []];
}
$send = function (array &$c, int $n): void {
    $req = '';
    for ($k = 0; $k < $n && $c['sent'] < 25; $k++) {
        $c['sent']++;
        $req .= "GET /r{$c['sent']} HTTP/1.1\r\nHost: x\r\n" . ($c['sent'] === 25 ? "Connection: close\r\n" : '') . "\r\n";
    }
    fwrite($c['s'], $req);
};
foreach ($clients as &$c) {
    $send($c, 1);
}
unset($c);
$deadline = microtime(true) + 20;
$done = 0;
while ($done < 40 && microtime(true) < $deadline) {
    $r = array_column(array_filter($clients, fn ($c) => $c['s'] !== null), 's');
    $w = $e = null;
    if (!$r || stream_select($r, $w, $e, 1) < 1) {
        continue;
    }
    foreach ($clients as $i => &$c) {
        if ($c['s'] === null || !in_array($c['s'], $r, true)) {
            continue;
        }
        $data = fread($c['s'], 65536);
        $c['buf'] .= $data;
        /* whole responses: header, then Content-Length bytes */
        while (preg_match('/\r\n\r\n/', $c['buf'], $mm, PREG_OFFSET_CAPTURE)
                && preg_match('/Content-Length: (\d+)/', substr($c['buf'], 0, $mm[0][1]), $len)
                && strlen($c['buf']) >= $mm[0][1] + 4 + (int) $len[1]) {
            $c['bodies'][] = substr($c['buf'], $mm[0][1] + 4, (int) $len[1]);
            $c['buf'] = (string) substr($c['buf'], $mm[0][1] + 4 + (int) $len[1]);
            $c['got']++;
        }
        if ($c['got'] === $c['sent'] && $c['sent'] < 25) {
            $send($c, $c['sent'] % 5 === 0 ? 2 : 1);
        }
        if ($data === '' && feof($c['s'])) {
            fclose($c['s']);
            $c['s'] = null;
            $done++;
        }
    }
    unset($c);
}
$bad = 0;
foreach ($clients as $i => $c) {
    foreach ($c['bodies'] as $k => $body) {
        $want = 'Hello from Io\\Poll: request ' . ($k + 1) . ' on connection ';
        if (!str_starts_with($body, $want) || !str_contains($body, "({$c['kind']}), GET /r" . ($k + 1) . "\n")) {
            $bad++;
        }
    }
}
echo "clients done: $done, responses: ", array_sum(array_column($clients, 'got')), ", wrong: $bad\n";

/* one more, left idle: closed after about a second */
$idle = stream_socket_client("tcp://127.0.0.1:{$ports['Socket']}", $errno, $errstr, 5);
stream_set_timeout($idle, 5);
$t = microtime(true);
var_dump(fread($idle, 10), feof($idle));
$waited = microtime(true) - $t;
echo $waited > 0.7 && $waited < 4 ? "idle one closed after about 1 s\n" : "idle one closed after $waited s\n";

$end = microtime(true) + 5;
while (($st = proc_get_status($proc))['running'] && microtime(true) < $end) {
    usleep(10000);
}
if ($st['running']) {
    proc_terminate($proc, 9);
}
$log = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
proc_close($proc);
preg_match_all('/^connection \d+: 25 requests, closed after "Connection: close"$/m', $log, $closes);
echo count($closes[0]), " connections closed after their 25th request\n";
echo preg_match('/^connection 41: 0 requests, closed after 1 s idle$/m', $log) ? "the idle one logged\n" : $log;
echo preg_match('/^stopped after 41 connections$/m', $log) ? "stopped after 41 connections\n" : $log;
echo $st['running'] ? 'still running after its bound' : ($st['signaled'] ? "killed by signal $st[termsig]" : "exit status $st[exitcode]"), "\n";
?>
--EXPECT--
listening on two ports
clients done: 40, responses: 1000, wrong: 0
string(0) ""
bool(true)
idle one closed after about 1 s
40 connections closed after their 25th request
the idle one logged
stopped after 41 connections
exit status 0
