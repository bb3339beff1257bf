<?php
// Accept-loop HTTP/1.0 server used by bench/run.sh.
// usage: php -n -d extension=... bench/accept_server.php N
// Listens on 127.0.0.1 (ephemeral port), prints "port P", serves exactly N
// requests (read the request, write a fixed reply, close), then prints the
// CPU time spent in that serving loop: utime+stime ticks from /proc/self/stat
// (read just before leaving the loop) and, as a finer cross-check,
// getrusage() in µs. A connection counts as served when a request was read
// from it; one that delivers EOF first is closed uncounted ("empty").
//
// Drain: ab starts a new connect while fewer than N of its connections have
// *connected*, so near the end it opens up to -c connections more than -n.
// If the server exited at N, those would be reset and ab would abort. After
// the measured loop the server therefore keeps answering until no connection
// arrives for 0.3 s (at most 1000 more), outside the measured window.
//
// Every loop is bounded: accepts are capped and time out after 30 s idle.
$n = (int) ($argv[1] ?? 1000);

function cpu_ticks(): int
{
	$stat = file_get_contents('/proc/self/stat');
	// fields after the ")" of comm: state is field 3, utime 14, stime 15
	$rest = explode(' ', substr($stat, strrpos($stat, ')') + 2));
	return (int) $rest[11] + (int) $rest[12];
}

function cpu_us(): int
{
	$r = getrusage();
	return $r['ru_utime.tv_sec'] * 1000000 + $r['ru_utime.tv_usec']
		+ $r['ru_stime.tv_sec'] * 1000000 + $r['ru_stime.tv_usec'];
}

$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($l === false) { fwrite(STDERR, "socket_create failed\n"); exit(1); }
socket_set_option($l, SOL_SOCKET, SO_REUSEADDR, 1);
if (!socket_bind($l, '127.0.0.1', 0)) { fwrite(STDERR, "socket_bind failed\n"); exit(1); }
if (!socket_listen($l, 511)) { fwrite(STDERR, "socket_listen failed\n"); exit(1); }
if (!socket_getsockname($l, $addr, $port)) { fwrite(STDERR, "socket_getsockname failed\n"); exit(1); }
socket_set_option($l, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 30, 'usec' => 0]);
echo "port $port\n";

$reply = "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok";
$t0 = cpu_ticks();
$u0 = cpu_us();
$served = 0;
$empty = 0;
$max_accepts = $n + intdiv($n, 10) + 100;
for ($i = 0; $served < $n && $i < $max_accepts; $i++) {
	$c = socket_accept($l);
	if ($c === false) { fwrite(STDERR, "socket_accept failed or timed out\n"); break; }
	$req = socket_read($c, 1024);
	if ($req === false || $req === '') {
		$empty++;
	} else {
		socket_write($c, $reply);
		$served++;
	}
	socket_close($c);
}
$t1 = cpu_ticks();
$u1 = cpu_us();
// drain (not measured): see the header
socket_set_option($l, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 300000]);
$extra = 0;
while ($extra < 1000 && ($c = @socket_accept($l)) !== false) {
	$req = socket_read($c, 1024);
	if ($req !== false && $req !== '') {
		socket_write($c, $reply);
	}
	socket_close($c);
	$extra++;
}
socket_close($l);
echo "served $served\n";
echo "extra $extra\n";
echo "empty $empty\n";
echo "cpu_ticks ", $t1 - $t0, "\n";
echo "cpu_us ", $u1 - $u0, "\n";
