<?php
// Micro-benchmark loops for callgrind / strace, used by bench/run.sh.
// usage: php -n [-d extension=...] bench/ops.php OP K
// OP: cblc    socket_create + socket_bind(127.0.0.1, 0) + socket_listen + socket_close
//     rw      socket_write + socket_read of 64 bytes on a socket_create_pair(AF_UNIX) pair
//     cac     non-blocking socket_connect to a listener + socket_accept + close both
//             (one iteration = socket_create, socket_set_nonblock, socket_connect,
//              socket_accept, socket_close x2)
//     sss     stream_socket_server("tcp://127.0.0.1:0") + fclose (the target parsed as text)
//     bind6   socket_create(AF_INET6) + socket_bind("::1%1", 0) + socket_close (the address
//             and its numeric scope parsed as text)
//     streams fwrite + fread of 64 bytes on a stream_socket_pair (core streams reference)
//     empty   the bare for loop (overhead contained in every line above)
// Setup happens before the loop and the result is checked after it, so the
// loop body is only the measured calls. Exit code 1 if the last iteration failed.
$op = $argv[1] ?? '';
$k = (int) ($argv[2] ?? 0);
$ok = true;

switch ($op) {
case 'empty':
	for ($i = 0; $i < $k; $i++) {
	}
	break;

case 'cblc':
	$r = true;
	for ($i = 0; $i < $k; $i++) {
		$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
		$r = socket_bind($s, '127.0.0.1', 0);
		$r = socket_listen($s);
		socket_close($s);
	}
	$ok = $r === true;
	break;

case 'sss':
	$l = true;
	for ($i = 0; $i < $k; $i++) {
		$l = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
		fclose($l);
	}
	$ok = $l !== false;
	break;

case 'bind6':
	$r = true;
	for ($i = 0; $i < $k; $i++) {
		$s = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
		$r = socket_bind($s, '::1%1', 0);
		socket_close($s);
	}
	$ok = $r === true;
	break;

case 'rw':
	if (!socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) { exit(1); }
	[$a, $b] = $pair;
	$buf = str_repeat('x', 64);
	$got = $buf;
	for ($i = 0; $i < $k; $i++) {
		socket_write($a, $buf);
		$got = socket_read($b, 64);
	}
	$ok = $got === $buf;
	break;

case 'streams':
	$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
	if ($pair === false) { exit(1); }
	[$a, $b] = $pair;
	$buf = str_repeat('x', 64);
	$got = $buf;
	for ($i = 0; $i < $k; $i++) {
		fwrite($a, $buf);
		$got = fread($b, 64);
	}
	$ok = $got === $buf;
	break;

case 'cac':
	$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
	if (!socket_bind($l, '127.0.0.1', 0) || !socket_listen($l, 128) || !socket_getsockname($l, $addr, $port)) { exit(1); }
	$s = true;
	for ($i = 0; $i < $k; $i++) {
		$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
		socket_set_nonblock($c);
		socket_connect($c, '127.0.0.1', $port); // false with EINPROGRESS (no warning)
		$s = socket_accept($l);
		socket_close($s);
		socket_close($c);
	}
	$ok = $s !== false;
	break;

default:
	fwrite(STDERR, "unknown op '$op'\n");
	exit(2);
}
if (!$ok) { fwrite(STDERR, "$op: last iteration failed\n"); exit(1); }
