<?php
/*
 * PHP-level API fuzzer for tsp_sockets.
 *
 *   php -n -d extension=modules/tsp_sockets.so tests/apifuzz/fuzz.php [SEED [ITERATIONS [SECONDS]]]
 *
 * Calls every function of the extension (from Reflection) and stream_socket_server() with random
 * argument types and values, wrong argument counts and by-reference arguments, catching every
 * Throwable and counting (silencing) warnings. Seeded with mt_srand(SEED): a run is reproducible
 * as far as the kernel's answers are. Bounded by ITERATIONS (default 20000) and SECONDS of wall
 * clock (default 60). Nothing may block: every Socket handed to a call first gets SO_RCVTIMEO and
 * SO_SNDTIMEO of 10 ms, socket_select() timeouts are capped at 10 ms, SO_LINGER is kept at 0 s.
 *
 * Before each call the descriptions of the last 20 calls are written (and flushed) to the ring
 * file (env APIFUZZ_RING, default tests/apifuzz/out/ring-SEED.txt), so a crash leaves them behind.
 *
 * Network: run.sh starts it in a private network namespace (unshare -n, only lo) and sets
 * APIFUZZ_NETNS=1; then anything goes, including wildcard binds and names that would need DNS.
 * Without it only loopback addresses, "localhost" and paths in a private temp dir are used.
 *
 * Ends with "apifuzz: N calls, N exceptions, N warnings, seed S" and exit status 0.
 */

declare(strict_types=0);

error_reporting(E_ALL);
ini_set('display_errors', '1');

$SEED = (int) ($argv[1] ?? 1);
$ITERATIONS = (int) ($argv[2] ?? 20000);
$SECONDS = (float) ($argv[3] ?? 60);
$ISOLATED = getenv('APIFUZZ_NETNS') === '1';
$VERBOSE = getenv('APIFUZZ_VERBOSE') === '1';

if (!extension_loaded('tsp_sockets')) {
	fwrite(STDERR, "apifuzz: tsp_sockets is not loaded\n");
	exit(2);
}

$RING_FILE = getenv('APIFUZZ_RING') ?: __DIR__ . "/out/ring-$SEED.txt";
if (!is_dir(dirname($RING_FILE))) {
	@mkdir(dirname($RING_FILE), 0777, true);
}

mt_srand($SEED);
$T0 = microtime(true);

/* a private directory for unix sockets and files; relative unix paths land there too */
$TMP = getenv('APIFUZZ_TMP') ?: sys_get_temp_dir() . '/apifuzz.' . getmypid() . '.' . $SEED;
@mkdir($TMP, 0700);
chdir($TMP);

const SO_DOMAIN_LINUX = 39;
const SAFE_FAMILIES = [AF_UNIX, AF_INET, AF_INET6];
const SAFE_TYPES = [SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET];

/* ------------------------------------------------------------------ counters */

$calls = 0;
$WILD = 2;
$slow = [];
$cycles = [];
$exceptions = 0;
$warnings = 0;
$exClasses = [];
$perFn = [];        // name => [calls, exceptions, warnings, ok(non-false)]
$curFn = null;
$inCall = false;

set_error_handler(function (int $no, string $str) use (&$warnings, &$perFn, &$curFn, &$inCall, $VERBOSE) {
	if ($VERBOSE && $inCall) {
		echo "W $curFn: ", substr($str, 0, 150), "\n";
	}
	if ($inCall) {
		$warnings++;
		if ($curFn !== null) {
			$perFn[$curFn][2]++;
		}
	}
	return true;
});

/* ------------------------------------------------------------------ ring buffer */

$ring = [];
function ring_push(string $line): void
{
	global $ring, $RING_FILE;
	$ring[] = $line;
	if (count($ring) > 20) {
		array_shift($ring);
	}
	/* one write of the whole ring: it is on disk before the call runs */
	$fh = fopen($RING_FILE, 'w');
	if ($fh) {
		fwrite($fh, implode("\n", $ring) . "\n");
		fflush($fh);
		fclose($fh);
	}
}

/* ------------------------------------------------------------------ describing values */

$meta = new WeakMap();     // Socket => "S12 AF_INET/STREAM listening"
$sockSeq = 0;
$streamMeta = [];          // (int) resource => description
$aiSeq = 0;

function sock_label(Socket $s): string
{
	global $meta, $sockSeq;
	if (!isset($meta[$s])) {
		$meta[$s] = 'S' . (++$sockSeq) . ' foreign';
	}
	return $meta[$s];
}

function desc($v, int $depth = 0): string
{
	global $meta, $streamMeta;
	if ($depth > 3) {
		return '...';
	}
	if (is_null($v)) return 'null';
	if (is_bool($v)) return $v ? 'true' : 'false';
	if (is_int($v)) {
		if ($v === PHP_INT_MAX) return 'PHP_INT_MAX';
		if ($v === PHP_INT_MIN) return 'PHP_INT_MIN';
		return (string) $v;
	}
	if (is_float($v)) {
		if (is_nan($v)) return 'NAN';
		if (is_infinite($v)) return $v > 0 ? 'INF' : '-INF';
		return var_export($v, true);
	}
	if (is_string($v)) {
		$n = strlen($v);
		if ($n > 80) {
			$c = count_chars($v, 3);
			if (strlen($c) === 1) {
				return 'str_repeat(' . desc($c) . ", $n)";
			}
			return "<$n bytes " . bin2hex(substr($v, 0, 16)) . '..>';
		}
		if (preg_match('/^[\x20-\x7e]*$/', $v)) {
			return var_export($v, true);
		}
		$out = '"';
		for ($i = 0; $i < $n; $i++) {
			$ch = $v[$i];
			$o = ord($ch);
			if ($ch === '"' || $ch === '\\' || $ch === '$') $out .= '\\' . $ch;
			elseif ($o >= 0x20 && $o < 0x7f) $out .= $ch;
			else $out .= sprintf('\\x%02x', $o);
		}
		return $out . '"';
	}
	if (is_array($v)) {
		$parts = [];
		$i = 0;
		foreach ($v as $k => $x) {
			if (++$i > 8) {
				$parts[] = '...(' . count($v) . ')';
				break;
			}
			$parts[] = desc($k) . '=>' . desc($x, $depth + 1);
		}
		return '[' . implode(', ', $parts) . ']';
	}
	if ($v instanceof Socket) {
		return '{' . sock_label($v) . '}';
	}
	if ($v instanceof AddressInfo) {
		return '{' . ($meta[$v] ?? 'AddressInfo') . '}';
	}
	if (is_object($v)) {
		return '{' . get_class($v) . '}';
	}
	if (is_resource($v) || gettype($v) === 'resource (closed)') {
		$id = (int) $v;
		return '{' . ($streamMeta[$id] ?? 'resource') . " #$id " . gettype($v) . '}';
	}
	return gettype($v);
}

/* ------------------------------------------------------------------ pools */

$socks = [];      // Socket objects, open or closed
$ais = [];        // AddressInfo objects
$streams = [];    // resources, open or closed
$values = [];     // values that calls handed back (strings, arrays, ...)
$ports = [];      // ports that live listeners/bound sockets have
$unixPaths = [];  // paths of unix sockets bound by fixtures

function rnd(array $a)
{
	return $a[mt_rand(0, count($a) - 1)];
}

function chance(int $percent): bool
{
	return mt_rand(1, 100) <= $percent;
}

function is_open_socket($s): bool
{
	if (!$s instanceof Socket) {
		return false;
	}
	try {
		return socket_get_option($s, SOL_SOCKET, SO_TYPE) !== false;
	} catch (Throwable $e) {
		return false;
	}
}

/* bound every blocking call on $s: 10 ms receive and send timeouts (also bounds connect/accept) */
function make_safe(Socket $s): void
{
	try {
		@socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 10000]);
		@socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['sec' => 0, 'usec' => 10000]);
	} catch (Throwable $e) {
	}
}

/* after a set_option call: no lingering close that could wait */
function unlinger(Socket $s): void
{
	try {
		$l = @socket_get_option($s, SOL_SOCKET, SO_LINGER);
		if (is_array($l) && ($l['l_onoff'] ?? 0) && ($l['l_linger'] ?? 0) != 0) {
			@socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
		}
	} catch (Throwable $e) {
	}
}

/* A Socket handed back by a call joins the pool, unless its family/type is one we do not
 * drive (raw, packet, netlink, ...): those are closed at once. */
function adopt_socket(Socket $s, string $how): void
{
	global $socks, $meta, $sockSeq;
	if (isset($meta[$s])) {
		return;
	}
	$dom = $typ = null;
	try {
		$dom = @socket_get_option($s, SOL_SOCKET, SO_DOMAIN_LINUX);
		$typ = @socket_get_option($s, SOL_SOCKET, SO_TYPE);
	} catch (Throwable $e) {
	}
	$meta[$s] = 'S' . (++$sockSeq) . ' ' . $how . ' ' . fam_name($dom) . '/' . type_name($typ);
	if ($dom === false || $dom === null || $typ === false || $typ === null) {
		$meta[$s] .= ' closed';
		pool_add($socks, $s, 90);
		return;
	}
	if (!in_array($dom, SAFE_FAMILIES, true) || !in_array($typ, SAFE_TYPES, true)) {
		try {
			socket_close($s);
		} catch (Throwable $e) {
		}
		$meta[$s] .= ' (closed: unsafe kind)';
		return;
	}
	make_safe($s);
	if (chance(50)) {
		@socket_set_nonblock($s);
		$meta[$s] .= ' nb';
	}
	pool_add($socks, $s, 90);
}

function fam_name($d): string
{
	return [AF_UNIX => 'AF_UNIX', AF_INET => 'AF_INET', AF_INET6 => 'AF_INET6'][$d] ?? ('fam' . var_export($d, true));
}

function type_name($t): string
{
	return [SOCK_STREAM => 'STREAM', SOCK_DGRAM => 'DGRAM', SOCK_SEQPACKET => 'SEQPACKET', SOCK_RAW => 'RAW'][$t] ?? ('type' . var_export($t, true));
}

function adopt_stream($r, string $how): void
{
	global $streams, $streamMeta;
	$id = (int) $r;
	if (!isset($streamMeta[$id])) {
		$streamMeta[$id] = "R$id $how";
	}
	foreach ($streams as $x) {
		if ($x === $r) {
			return;
		}
	}
	pool_add($streams, $r, 40);
}

function adopt_ai(AddressInfo $a, string $how): void
{
	global $ais, $meta, $aiSeq;
	if (isset($meta[$a])) {
		return;
	}
	$meta[$a] = 'A' . (++$aiSeq) . ' ' . $how;
	pool_add($ais, $a, 30);
}

function pool_add(array &$pool, $v, int $cap): void
{
	if (count($pool) >= $cap) {
		/* drop a random one: its last reference may go, closing it */
		array_splice($pool, mt_rand(0, count($pool) - 1), 1);
	}
	$pool[] = $v;
}

/* walk what a call handed back (return value and by-reference arguments) */
function harvest($v, string $how, int $depth = 0): void
{
	global $values;
	if ($depth > 4) {
		return;
	}
	if ($v instanceof Socket) {
		adopt_socket($v, $how);
	} elseif ($v instanceof AddressInfo) {
		adopt_ai($v, $how);
	} elseif (is_resource($v)) {
		adopt_stream($v, $how);
	} elseif (is_array($v)) {
		foreach ($v as $x) {
			harvest($x, $how, $depth + 1);
		}
		if ($depth === 0 && $v && chance(30)) {
			pool_add($values, $v, 30);
		}
	} elseif (is_string($v) && $depth === 0 && $v !== '' && chance(10)) {
		pool_add($values, $v, 30);
	}
}

/* ------------------------------------------------------------------ fixtures */

function fixture(string $what, callable $make): void
{
	global $inCall, $it;
	ring_push('#' . ($it ?? 0) . " fixture $what");
	$inCall = false;
	try {
		$make();
	} catch (Throwable $e) {
	}
}

function port_of(Socket $s): ?int
{
	$a = $p = null;
	if (@socket_getsockname($s, $a, $p) && is_int($p) && $p > 0) {
		return $p;
	}
	return null;
}

function note_port(?int $p): void
{
	global $ports;
	if ($p) {
		pool_add($ports, $p, 20);
	}
}

function tmp_path(string $prefix): string
{
	global $TMP;
	return $TMP . '/' . $prefix . mt_rand(0, 15);
}

function fresh_fixtures(): void
{
	global $unixPaths, $ISOLATED;
	$which = mt_rand(0, 17);
	switch ($which) {
		case 0: /* tcp4 listener, client, accepted */
		case 1: /* tcp6 */
			fixture('tcp', function () use ($which) {
				$fam = $which === 0 ? AF_INET : AF_INET6;
				$host = $which === 0 ? '127.0.0.1' : '::1';
				$l = socket_create($fam, SOCK_STREAM, SOL_TCP);
				@socket_set_option($l, SOL_SOCKET, SO_REUSEADDR, 1);
				if (!@socket_bind($l, $host, 0) || !@socket_listen($l, mt_rand(0, 8))) {
					return;
				}
				adopt_socket($l, 'tcp-listener');
				$p = port_of($l);
				note_port($p);
				$c = socket_create($fam, SOCK_STREAM, SOL_TCP);
				adopt_socket($c, 'tcp-client');
				if (chance(50)) {
					socket_set_nonblock($c);
				}
				@socket_connect($c, $host, $p);
				socket_set_nonblock($l);
				if (chance(70) && ($a = @socket_accept($l))) {
					adopt_socket($a, 'tcp-accepted');
					if (chance(50)) {
						@socket_write($a, str_repeat("line\n", mt_rand(0, 20)) . "partial");
					}
					if (chance(30)) {
						socket_set_nonblock($a);
					}
				} elseif (chance(50)) {
					socket_set_block($l);
				}
			});
			break;
		case 2: /* udp */
		case 3:
			fixture('udp', function () use ($which) {
				$fam = $which === 2 ? AF_INET : AF_INET6;
				$host = $which === 2 ? '127.0.0.1' : '::1';
				$a = socket_create($fam, SOCK_DGRAM, SOL_UDP);
				$b = socket_create($fam, SOCK_DGRAM, SOL_UDP);
				@socket_bind($a, $host, 0);
				$pa = port_of($a);
				note_port($pa);
				adopt_socket($a, 'udp-bound');
				adopt_socket($b, 'udp');
				if (chance(50)) {
					@socket_connect($b, $host, $pa);
				}
				if (chance(60)) {
					@socket_sendto($b, "dgram", 5, 0, $host, $pa);
				}
				if (chance(50)) {
					socket_set_nonblock($a);
				}
			});
			break;
		case 4: /* unix pairs */
		case 5:
			fixture('pair', function () {
				$type = rnd([SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET]);
				$pair = null;
				if (socket_create_pair(AF_UNIX, $type | (chance(30) ? SOCK_NONBLOCK : 0), 0, $pair)) {
					adopt_socket($pair[0], 'unix-pair0');
					adopt_socket($pair[1], 'unix-pair1');
					if (chance(50)) {
						@socket_write($pair[1], "hello\nworld\n" . str_repeat('x', mt_rand(0, 3000)));
					}
				}
			});
			break;
		case 6: /* unix listener on a path or an abstract name */
			fixture('unix-listener', function () use (&$unixPaths) {
				$path = chance(30) ? "\0apifuzz-" . getmypid() . '-' . mt_rand(0, 9) : tmp_path('ul');
				@unlink($path);
				$type = chance(70) ? SOCK_STREAM : SOCK_SEQPACKET;
				$l = socket_create(AF_UNIX, $type, 0);
				if (!@socket_bind($l, $path) || !@socket_listen($l, mt_rand(0, 4))) {
					return;
				}
				pool_add($unixPaths, $path, 20);
				adopt_socket($l, 'unix-listener');
				$c = socket_create(AF_UNIX, $type, 0);
				adopt_socket($c, 'unix-client');
				if (chance(80)) {
					@socket_connect($c, $path);
				}
				if (chance(60)) {
					socket_set_nonblock($l);
					if ($a = @socket_accept($l)) {
						adopt_socket($a, 'unix-accepted');
					}
				}
			});
			break;
		case 7: /* unix dgram bound */
			fixture('unix-dgram', function () use (&$unixPaths) {
				$path = tmp_path('ud');
				@unlink($path);
				$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
				if (@socket_bind($s, $path)) {
					pool_add($unixPaths, $path, 20);
				}
				adopt_socket($s, 'unix-dgram-bound');
				$c = socket_create(AF_UNIX, SOCK_DGRAM, 0);
				adopt_socket($c, 'unix-dgram');
				@socket_sendto($c, "to-path", 7, 0, $path);
			});
			break;
		case 8: /* plain unbound sockets */
			fixture('unbound', function () {
				$fam = rnd(SAFE_FAMILIES);
				$type = rnd(SAFE_TYPES);
				if ($s = @socket_create($fam, $type | (chance(30) ? SOCK_NONBLOCK : 0), 0)) {
					adopt_socket($s, 'unbound');
				}
			});
			break;
		case 9: /* closed sockets */
			fixture('closed', function () {
				$s = socket_create(rnd(SAFE_FAMILIES), SOCK_STREAM, 0);
				adopt_socket($s, 'to-close');
				socket_close($s);
			});
			break;
		case 10: /* stream servers and clients */
		case 11:
			fixture('streams', function () use ($ISOLATED) {
				$targets = ['tcp://127.0.0.1:0', 'tcp://[::1]:0', 'udp://127.0.0.1:0', 'unix://' . tmp_path('ss'), 'udg://' . tmp_path('sg')];
				$t = rnd($targets);
				if (str_starts_with($t, 'unix://') || str_starts_with($t, 'udg://')) {
					@unlink(substr($t, strpos($t, '//') + 2));
				}
				$flags = str_starts_with($t, 'udp') || str_starts_with($t, 'udg') ? STREAM_SERVER_BIND : STREAM_SERVER_BIND | STREAM_SERVER_LISTEN;
				$srv = @stream_socket_server($t, $en, $es, $flags);
				if (!$srv) {
					return;
				}
				adopt_stream($srv, "server $t");
				$name = stream_socket_get_name($srv, false);
				if ($name && ($flags & STREAM_SERVER_LISTEN)) {
					$proto = substr($t, 0, strpos($t, '://'));
					$ct = $proto === 'unix' ? $t : "$proto://$name";
					if ($proto === 'tcp' && str_contains($name, ':') && substr_count($name, ':') > 1) {
						$ct = 'tcp://[' . substr($name, 0, strrpos($name, ':')) . ']' . substr($name, strrpos($name, ':'));
					}
					$c = @stream_socket_client($ct, $en, $es, 1);
					if ($c) {
						adopt_stream($c, "client $ct");
						stream_set_blocking($c, false);
						if (chance(50) && ($a = @stream_socket_accept($srv, 0))) {
							adopt_stream($a, 'stream-accepted');
							@fwrite($a, "from server\n");
						}
					}
				}
				if (chance(30)) {
					if ($s = @socket_import_stream($srv)) {
						adopt_socket($s, 'imported');
					}
				}
			});
			break;
		case 12: /* other resources */
			fixture('files', function () {
				global $TMP;
				$r = rnd(['file', 'memory', 'pair', 'closed', 'dir']);
				if ($r === 'file') {
					$f = fopen($TMP . '/file' . mt_rand(0, 3), 'w+');
					fwrite($f, "data\n");
					adopt_stream($f, 'file');
				} elseif ($r === 'memory') {
					adopt_stream(fopen('php://memory', 'w+'), 'memory');
				} elseif ($r === 'pair') {
					$p = stream_socket_pair(STREAM_PF_UNIX, rnd([STREAM_SOCK_STREAM, STREAM_SOCK_DGRAM]), 0);
					stream_set_blocking($p[0], false);
					stream_set_blocking($p[1], false);
					adopt_stream($p[0], 'stream-pair0');
					adopt_stream($p[1], 'stream-pair1');
				} elseif ($r === 'dir') {
					adopt_stream(opendir($TMP), 'dir');
				} else {
					$f = fopen('php://memory', 'r');
					adopt_stream($f, 'closed-file');
					fclose($f);
				}
			});
			break;
		case 13: /* exported sockets */
			fixture('export', function () {
				$pair = null;
				if (socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
					adopt_socket($pair[0], 'exported-pair0');
					adopt_socket($pair[1], 'exported-pair1');
					$st = socket_export_stream($pair[0]);
					adopt_stream($st, 'exported');
					if (chance(30)) {
						fclose($st);
					}
				}
			});
			break;
		case 14: /* address infos */
		case 15:
			fixture('addrinfo', function () {
				$host = rnd(['127.0.0.1', '::1', 'localhost']);
				$hints = rnd([[], ['ai_family' => AF_INET], ['ai_family' => AF_INET6], ['ai_socktype' => SOCK_STREAM], ['ai_socktype' => SOCK_DGRAM, 'ai_flags' => AI_PASSIVE]]);
				$r = socket_addrinfo_lookup($host, rnd([null, '0', (string) mt_rand(1, 1023)]), $hints);
				if (is_array($r)) {
					foreach ($r as $a) {
						adopt_ai($a, "lookup $host");
					}
				}
			});
			break;
		case 16: /* socket_create_listen: binds the wildcard address, so only in the namespace */
			if ($ISOLATED) {
				fixture('create_listen', function () {
					if ($s = @socket_create_listen(0, mt_rand(0, 5))) {
						adopt_socket($s, 'create_listen');
						note_port(port_of($s));
					}
				});
			}
			break;
		case 17: /* a socket exported and whose stream was closed */
			fixture('export-closed', function () {
				$s = socket_create(AF_INET, SOCK_DGRAM, 0);
				adopt_socket($s, 'export-then-fclose');
				$st = socket_export_stream($s);
				fclose($st);
			});
			break;
	}
}

/* ------------------------------------------------------------------ values */

class FuzzStringable implements Stringable
{
	public function __construct(public string $s = '127.0.0.1') {}
	public function __toString(): string { return $this->s; }
}

class FuzzThrowingStringable
{
	public function __toString(): string { throw new RuntimeException('toString'); }
}

function long_string(): string
{
	return rnd([
		str_repeat('A', 200), str_repeat('a', 107), str_repeat('b', 108), str_repeat('c', 109),
		str_repeat('x', 4096), str_repeat("\0", 300), str_repeat('z', 65536),
		str_repeat('9', 1000), str_repeat('.', 256),
	]);
}

function any_socket(int $openPercent = 90)
{
	global $socks;
	if (!$socks) {
		return null;
	}
	if (chance($openPercent)) {
		for ($i = 0; $i < 4; $i++) {
			$s = rnd($socks);
			if (is_open_socket($s)) {
				return $s;
			}
		}
	}
	return rnd($socks);
}

function any_stream()
{
	global $streams;
	return $streams ? rnd($streams) : null;
}

function any_ai()
{
	global $ais;
	return $ais ? rnd($ais) : null;
}

function any_port(): int
{
	global $ports;
	if ($ports && chance(50)) {
		return rnd($ports);
	}
	return rnd([0, 0, 1, 7, 80, 1023, 65535, 65536, -1, PHP_INT_MAX, PHP_INT_MIN, 70000, mt_rand(1024, 65535), -65536]);
}

function gen_int(): int
{
	return rnd([0, 0, -1, 1, 2, 3, 5, 10, 255, 256, 1024, 65535, 65536, PHP_INT_MAX, PHP_INT_MIN, 2147483647, 2147483648, -2147483648,
		-2147483649, 4294967296, mt_rand(-1000, 1000), mt_rand(), -mt_rand()]);
}

function gen_float(): float
{
	return rnd([NAN, INF, -INF, 1.5, 0.0, -0.0, -1.5, 1e30, 0.5, 3.0, (float) PHP_INT_MAX, 1e-300]);
}

function gen_string(): string
{
	global $TMP, $unixPaths;
	return rnd([
		'', 'x', "a\0b", "\0", "\0abstract-apifuzz", '127.0.0.1', '::1', 'localhost', '0', '1', '-1', '80',
		'tcp://127.0.0.1:0', 'udp://127.0.0.1:0', 'unix://' . $TMP . '/su', $TMP . '/s1', 'rel-sock', long_string(),
		"hello\nworld\r\n", ' 42', '1e3', '0x10', 'lo', 'cubic', 'reno', 'nonexistent0', '[::1]', '127.0.0.1:80',
		'fe80::1%lo', '::ffff:127.0.0.1', '256.256.256.256', "\xff\xfe\xfd", $unixPaths ? rnd($unixPaths) : 'x',
		random_bytes_mt(mt_rand(0, 64)),
	]);
}

function random_bytes_mt(int $n): string
{
	$s = '';
	for ($i = 0; $i < $n; $i++) {
		$s .= chr(mt_rand(0, 255));
	}
	return $s;
}

const ARRAY_KEYS = ['l_onoff', 'l_linger', 'sec', 'usec', 'group', 'interface', 'source', 'name', 'iov', 'control', 'level', 'type',
	'data', 'buffer_size', 'controllen', 'ai_family', 'ai_socktype', 'ai_flags', 'ai_protocol', 'flags', 'addr', 'port', 'path',
	'flowinfo', 'scope_id', 'ifindex', 'pid', 'uid', 'gid', 'code', 'jt', 'jf', 'k'];

function gen_array(int $depth = 0): array
{
	$kind = mt_rand(0, 9);
	if ($kind === 0 || $depth > 2) {
		return [];
	}
	if ($kind === 1) {
		/* list of scalars */
		$a = [];
		for ($i = mt_rand(1, 5); $i > 0; $i--) {
			$a[] = gen_scalar();
		}
		return $a;
	}
	if ($kind === 2) {
		/* nested */
		return [gen_array($depth + 1), 'k' => gen_array($depth + 1), gen_any($depth + 1)];
	}
	if ($kind === 3) {
		/* sockets and streams */
		$a = [];
		for ($i = mt_rand(1, 4); $i > 0; $i--) {
			$a[] = chance(70) ? any_socket() : any_stream();
		}
		return $a;
	}
	/* keys the functions look for, random values */
	$a = [];
	for ($i = mt_rand(1, 5); $i > 0; $i--) {
		$a[rnd(ARRAY_KEYS)] = chance(70) ? gen_scalar() : gen_any($depth + 1);
	}
	return $a;
}

function gen_scalar()
{
	switch (mt_rand(0, 5)) {
		case 0: case 1: return gen_int();
		case 2: return gen_float();
		case 3: case 4: return gen_string();
		default: return rnd([null, true, false]);
	}
}

function gen_object()
{
	return rnd([
		new stdClass(), new FuzzStringable(), new FuzzStringable("\0x"), new FuzzThrowingStringable(),
		function () { return 1; }, new ArrayObject([1, 2]), new ArrayIterator([]), new Exception('x'),
		(object) ['sec' => 1, 'usec' => 2],
	]);
}

function gen_any(int $depth = 0)
{
	global $values;
	switch (mt_rand(0, 13)) {
		case 0: case 1: return gen_int();
		case 2: return gen_float();
		case 3: case 4: return gen_string();
		case 5: return $depth < 3 ? gen_array($depth + 1) : [];
		case 6: return rnd([null, true, false]);
		case 7: return gen_object();
		case 8: case 9: return any_socket(70);
		case 10: return any_ai() ?? gen_object();
		case 11: return any_stream();
		case 12: return $values ? rnd($values) : null;
		default:
			/* a recursive array */
			/* a recursive array; the cycle is broken at the end (a cycle PHP leaves at shutdown
			 * is a "definite" leak to valgrind with USE_ZEND_ALLOC=0, not the extension's) */
			global $cycles;
			$a = ['x' => 1];
			$a['self'] = &$a;
			$cycles[] = &$a;
			return $a;
	}
}

/* ------------------------------------------------------------------ plausible values by parameter */

const OPTIONS = [
	[SOL_SOCKET, SO_DEBUG], [SOL_SOCKET, SO_REUSEADDR], [SOL_SOCKET, SO_REUSEPORT], [SOL_SOCKET, SO_KEEPALIVE],
	[SOL_SOCKET, SO_DONTROUTE], [SOL_SOCKET, SO_LINGER], [SOL_SOCKET, SO_BROADCAST], [SOL_SOCKET, SO_OOBINLINE],
	[SOL_SOCKET, SO_SNDBUF], [SOL_SOCKET, SO_RCVBUF], [SOL_SOCKET, SO_SNDLOWAT], [SOL_SOCKET, SO_RCVLOWAT],
	[SOL_SOCKET, SO_SNDTIMEO], [SOL_SOCKET, SO_RCVTIMEO], [SOL_SOCKET, SO_TYPE], [SOL_SOCKET, SO_ERROR],
	[SOL_SOCKET, SO_BINDTODEVICE], [SOL_SOCKET, SO_MARK], [SOL_SOCKET, SO_INCOMING_CPU], [SOL_SOCKET, SO_MEMINFO],
	[SOL_SOCKET, SO_BPF_EXTENSIONS], [SOL_SOCKET, SO_ZEROCOPY], [SOL_SOCKET, SO_PASSCRED], [SOL_SOCKET, SO_BINDTOIFINDEX],
	[SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF], [SOL_SOCKET, SO_DETACH_FILTER], [SOL_SOCKET, SO_DETACH_BPF],
	[SOL_SOCKET, SO_BUSY_POLL], [SOL_SOCKET, SO_PEERCRED], [SOL_SOCKET, SO_PRIORITY], [SOL_SOCKET, SO_ACCEPTCONN],
	[SOL_SOCKET, SO_DOMAIN_LINUX],
	[SOL_TCP, TCP_NODELAY], [SOL_TCP, TCP_CONGESTION], [SOL_TCP, TCP_NOTSENT_LOWAT], [SOL_TCP, TCP_DEFER_ACCEPT],
	[SOL_TCP, TCP_KEEPIDLE], [SOL_TCP, TCP_KEEPINTVL], [SOL_TCP, TCP_KEEPCNT], [SOL_TCP, TCP_QUICKACK],
	[SOL_TCP, TCP_REPAIR], [SOL_TCP, TCP_SYNCNT], [SOL_TCP, TCP_USER_TIMEOUT],
	[IPPROTO_IP, MCAST_JOIN_GROUP], [IPPROTO_IP, MCAST_LEAVE_GROUP], [IPPROTO_IP, MCAST_BLOCK_SOURCE],
	[IPPROTO_IP, MCAST_UNBLOCK_SOURCE], [IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP], [IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP],
	[IPPROTO_IP, IP_MULTICAST_IF], [IPPROTO_IP, IP_MULTICAST_TTL], [IPPROTO_IP, IP_MULTICAST_LOOP],
	[IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT], [IPPROTO_IP, IP_MTU_DISCOVER],
	[IPPROTO_IPV6, MCAST_JOIN_GROUP], [IPPROTO_IPV6, MCAST_LEAVE_GROUP], [IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP],
	[IPPROTO_IPV6, MCAST_BLOCK_SOURCE], [IPPROTO_IPV6, MCAST_LEAVE_SOURCE_GROUP],
	[IPPROTO_IPV6, IPV6_MULTICAST_IF], [IPPROTO_IPV6, IPV6_MULTICAST_HOPS], [IPPROTO_IPV6, IPV6_MULTICAST_LOOP],
	[IPPROTO_IPV6, IPV6_V6ONLY], [IPPROTO_IPV6, IPV6_UNICAST_HOPS], [IPPROTO_IPV6, IPV6_RECVPKTINFO],
	[IPPROTO_IPV6, IPV6_PKTINFO], [IPPROTO_IPV6, IPV6_RECVHOPLIMIT], [IPPROTO_IPV6, IPV6_HOPLIMIT],
	[IPPROTO_IPV6, IPV6_RECVTCLASS], [IPPROTO_IPV6, IPV6_TCLASS], [SOL_UDP, 1], [SOL_UDP, 100],
];

function gen_iface()
{
	global $ISOLATED;
	/* 0 lets the kernel pick an interface: outside the namespace that could be a real one */
	return rnd(array_merge(['lo', 1, '127.0.0.1', '10.9.9.9', 'nonexistent0', -1, PHP_INT_MAX, 99999, '', "l\0o", 1.5, null, [], 'lo' . str_repeat('o', 20)],
		$ISOLATED ? [0, 'eth0', 2] : []));
}

function gen_group(): string
{
	return rnd(['224.0.0.1', '239.1.2.3', 'ff02::1', 'ff05::1:3', '127.0.0.1', '::1', '', 'not-an-address', '1.2.3', "224.0.0.1\0", '::ffff:224.0.0.1']);
}

function gen_option_value(int $level, int $option)
{
	if (chance(20)) {
		return gen_any();
	}
	switch (true) {
		case $level === SOL_SOCKET && $option === SO_LINGER:
			return rnd([['l_onoff' => 1, 'l_linger' => 0], ['l_onoff' => 0, 'l_linger' => 0], ['l_onoff' => 1, 'l_linger' => rnd([1, -1, PHP_INT_MAX, 65536])],
				['l_onoff' => 1], ['l_linger' => 1], ['l_onoff' => '1', 'l_linger' => []], [], ['l_onoff' => PHP_INT_MIN, 'l_linger' => PHP_INT_MIN]]);
		case $level === SOL_SOCKET && ($option === SO_RCVTIMEO || $option === SO_SNDTIMEO):
			return rnd([['sec' => 0, 'usec' => 10000], ['sec' => 1, 'usec' => 0], ['sec' => -1, 'usec' => 0], ['sec' => 0, 'usec' => -1],
				['sec' => PHP_INT_MAX, 'usec' => PHP_INT_MAX], ['sec' => 0, 'usec' => 1000000], ['sec' => 0], ['usec' => 5], [],
				['sec' => 'x', 'usec' => new stdClass()], ['sec' => PHP_INT_MIN, 'usec' => PHP_INT_MIN], ['sec' => 1.5, 'usec' => NAN]]);
		case $level === SOL_SOCKET && $option === SO_BINDTODEVICE:
			return rnd(['lo', '', 'nonexistent0', str_repeat('e', 16), str_repeat('e', 300), "lo\0x", 1, null]);
		case $level === SOL_SOCKET && $option === SO_ATTACH_REUSEPORT_CBPF:
			return rnd([[['code' => 0x06, 'jt' => 0, 'jf' => 0, 'k' => 0]], [], [['code' => PHP_INT_MAX]], [[1, 2, 3, 4]], 1, 0, -1,
				array_fill(0, 5000, ['code' => 6, 'jt' => 0, 'jf' => 0, 'k' => 0xffffffff]), 'SKF_AD_CPU', [SKF_AD_OFF + SKF_AD_CPU]]);
		case $level === SOL_TCP && $option === TCP_CONGESTION:
			return rnd(['cubic', 'reno', '', 'nonexistent', str_repeat('c', 100), "cu\0bic", 1]);
		case in_array($option, [MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP, MCAST_BLOCK_SOURCE, MCAST_UNBLOCK_SOURCE, MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP], true):
			$a = [];
			if (chance(90)) $a['group'] = chance(90) ? gen_group() : gen_any();
			if (chance(85)) $a['interface'] = gen_iface();
			if (chance(50)) $a['source'] = chance(90) ? rnd(['127.0.0.1', '::1', '10.0.0.1', '', 'bad', '224.0.0.1']) : gen_any();
			return $a;
		case $option === IP_MULTICAST_IF || $option === IPV6_MULTICAST_IF:
			return gen_iface();
		case $option === IPV6_PKTINFO:
			return rnd([['addr' => '::1', 'ifindex' => 1], ['addr' => '', 'ifindex' => 0], ['addr' => 'bad'], [], 1]);
		default:
			return rnd([0, 1, 1, -1, 2, 255, 256, 65536, PHP_INT_MAX, PHP_INT_MIN, 2147483648, true, false, '1', 'x', 1.5, null, []]);
	}
}

function gen_sendmsg_message(): array
{
	global $unixPaths, $ports;
	$m = [];
	if (chance(60)) {
		$m['name'] = rnd([
			['addr' => '127.0.0.1', 'port' => any_port()], ['addr' => '::1', 'port' => any_port(), 'flowinfo' => rnd([0, 1, -1]), 'scope_id' => rnd([0, 1, PHP_INT_MAX])],
			['path' => $unixPaths ? rnd($unixPaths) : tmp_path('ud')], ['path' => long_string()], ['path' => "\0abstract-apifuzz"], ['path' => ''],
			['addr' => 'bad'], ['addr' => 'localhost', 'port' => 0], [], ['port' => 80], 'x', null, ['addr' => [], 'port' => []],
		]);
	}
	if (chance(85)) {
		$m['iov'] = rnd([
			['hello'], ['a', 'b', "c\0d"], [], [str_repeat('i', 70000)], array_fill(0, 1100, 'v'), [1, 2.5, null], 'notarray',
			[new FuzzStringable('s')], [[]], ['k' => 'v'],
		]);
	}
	if (chance(50)) {
		$c = [];
		for ($i = mt_rand(0, 3); $i > 0; $i--) {
			$c[] = rnd([
				['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => rnd([[any_socket()], [any_stream()], [any_socket(), any_stream(), any_socket()], [], [1], ['x'], [null], [any_socket(10)], array_fill(0, 300, any_socket())])],
				['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => rnd([['pid' => getmypid(), 'uid' => 0, 'gid' => 0], ['pid' => 1, 'uid' => 1, 'gid' => 1], [], ['pid' => -1, 'uid' => PHP_INT_MAX, 'gid' => 'x']])],
				['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => rnd([['addr' => '::1', 'ifindex' => 1], ['addr' => '::', 'ifindex' => 0], ['addr' => 'bad', 'ifindex' => -1], []])],
				['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => rnd([1, 255, -1, 256, PHP_INT_MAX, 'x'])],
				['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => rnd([0, 1, -1, 256, PHP_INT_MAX, []])],
				['level' => SOL_SOCKET, 'type' => SCM_RIGHTS],
				['type' => SCM_RIGHTS, 'data' => []],
				['level' => gen_int(), 'type' => gen_int(), 'data' => gen_any()],
				gen_any(),
			]);
		}
		$m['control'] = chance(90) ? $c : gen_any();
	}
	if (chance(20)) {
		$m['flags'] = gen_int();
	}
	if (chance(10)) {
		$m[rnd(ARRAY_KEYS)] = gen_any();
	}
	return $m;
}

function cmsg_space_or_0(int $l, int $t, int $n)
{
	try {
		return @socket_cmsg_space($l, $t, $n);
	} catch (Throwable $e) {
		return 0;
	}
}

function gen_recvmsg_message(): array
{
	$m = [];
	if (chance(60)) $m['name'] = chance(80) ? [] : rnd([['addr' => '', 'port' => 0], 'x', null, ['path' => '']]);
	if (chance(90)) $m['buffer_size'] = chance(70) ? rnd([1, 10, 2000, 65536]) : rnd([0, -1, PHP_INT_MAX, PHP_INT_MIN, 'x', 1.5, null]);
	if (chance(85)) {
		$m['controllen'] = chance(60)
			? cmsg_space_or_0(rnd([SOL_SOCKET, IPPROTO_IPV6]), rnd([SCM_RIGHTS, SCM_CREDENTIALS, IPV6_PKTINFO, IPV6_HOPLIMIT]), rnd([0, 1, 3, 10]))
			: rnd([0, 1, 16, 4096, -1, PHP_INT_MAX, 'x', null]);
	}
	if (chance(10)) $m['flags'] = gen_int();
	if (chance(15)) $m['iov'] = ['x'];
	if (chance(10)) $m[rnd(ARRAY_KEYS)] = gen_any();
	return $m;
}

function gen_select_set()
{
	if (chance(25)) {
		return rnd([null, null, []]);
	}
	if (chance(5)) {
		return gen_any();
	}
	$a = [];
	for ($i = mt_rand(1, 5); $i > 0; $i--) {
		$k = chance(15) ? 'k' . mt_rand(0, 3) : $i * 3;
		$a[$k] = chance(90) ? any_socket(85) : gen_any();
	}
	if (chance(3)) {
		$s = any_socket(100);
		$a = array_fill(0, 1100, $s);
	}
	return $a;
}

function gen_address(string $fn)
{
	global $ISOLATED, $unixPaths, $TMP;
	$pool = [
		'127.0.0.1', '127.0.0.1', '::1', '::1', 'localhost', '127.0.0.2', '::ffff:127.0.0.1', '[::1]', 'fe80::1%lo', 'fe80::1%nonexistent0', 'fe80::1%1',
		'fe80::1%4294967296', '::1%', '256.1.1.1', '127.1', '0x7f.1', '', "\0", "\0abstract-apifuzz", "\0abstract-apifuzz-" . mt_rand(0, 3),
		"127.0.0.1\0evil", $TMP . '/s' . mt_rand(0, 5), 'rel-s' . mt_rand(0, 3), str_repeat('p', 200), $TMP . '/' . str_repeat('q', 107 - strlen($TMP) - 1),
		$TMP . '/' . str_repeat('q', 108 - strlen($TMP) - 1), str_repeat('a', 108), 'tcp://127.0.0.1:0', '127.0.0.1:80', 'nonexistent-dir/sock',
		$unixPaths ? rnd($unixPaths) : 'x', '1.2.3', ' 127.0.0.1', '::1::', str_repeat('1', 300),
	];
	if ($ISOLATED) {
		$pool = array_merge($pool, ['0.0.0.0', '::', '1.2.3.4', '10.0.0.1', 'example.invalid', str_repeat('host.', 60) . 'x', '255.255.255.255', '224.0.0.1', 'ff02::1%lo']);
	}
	return rnd($pool);
}

/* an address that fits the socket's family: a path, a name or a live peer */
function family_address(Socket $s, string $fn)
{
	global $unixPaths, $TMP;
	$dom = null;
	try {
		$dom = @socket_get_option($s, SOL_SOCKET, SO_DOMAIN_LINUX);
	} catch (Throwable $e) {
	}
	if ($dom === AF_UNIX) {
		if ($fn !== 'socket_bind' && $unixPaths && chance(70)) {
			return rnd($unixPaths);
		}
		return rnd([$TMP . '/b' . mt_rand(0, 9), "\0apifuzz-b" . mt_rand(0, 9), 'rel-b' . mt_rand(0, 3), '']);
	}
	global $ISOLATED;
	if ($dom === AF_INET6) {
		return rnd(array_merge(['::1', '::1', '::ffff:127.0.0.1', 'localhost', 'fe80::1%lo', 'fe80::1%1', '::1%lo', 'fe80::1%nonexistent0',
			'fe80::1%0', 'fe80::1%4294967296', 'fe80::1%-1', 'fe80::1% 1 ', 'fe80::1%99999999999999999999', 'fe80::1%'], $ISOLATED ? ['::'] : []));
	}
	return rnd(array_merge(['127.0.0.1', '127.0.0.1', 'localhost', '127.0.0.2'], $ISOLATED ? ['0.0.0.0'] : []));
}

function gen_server_target(): string
{
	global $ISOLATED;
	$pool = [
		'tcp://127.0.0.1:0', 'tcp://127.0.0.1:0', 'tcp://[::1]:0', 'udp://127.0.0.1:0', 'udp://[::1]:0', 'unix://' . tmp_path('ss'),
		'udg://' . tmp_path('sg'), '127.0.0.1:0', 'tcp://127.0.0.1', 'tcp://127.0.0.1:99999', 'tcp://127.0.0.1:-1', 'tcp://127.0.0.1:abc',
		'tcp://[::1', 'tcp://::1:0', 'tcp://localhost:0', 'unix://' . str_repeat('u', 200), "unix://\0abstract-apifuzz-ss", 'unix://',
		'udg://', 'ssl://127.0.0.1:0', 'tls://127.0.0.1:0', 'foo://bar', '', "tcp://127.0.0.1\0:0", 'tcp://', 'tcp://:', '://',
		'unix://rel-ss', 'tcp://127.0.0.1:65535', 'tcp://127.0.0.1:4294967296', 'udp://127.0.0.1:1', 'tcp://[fe80::1%lo]:0',
		'tcp://' . str_repeat('h', 300) . ':0', 'unix:///nonexistent-dir/x', 'tcp://127.0.0.1:0/path', 'udg://' . str_repeat('u', 108),
	];
	if ($ISOLATED) {
		$pool = array_merge($pool, ['tcp://0.0.0.0:0', 'tcp://:0', 'tcp://[::]:0', 'udp://0.0.0.0:0', 'tcp://example.invalid:0', 'tcp://1.2.3.4:0', ':0', '0']);
	}
	return rnd($pool);
}

function gen_context()
{
	if (chance(10)) {
		return rnd([any_stream(), 'ctx', 1, [], new stdClass()]);
	}
	return rnd([
		null, stream_context_create(), stream_context_create(['socket' => ['backlog' => rnd([0, 1, -1, PHP_INT_MAX, 'x'])]]),
		stream_context_create(['socket' => ['ipv6_v6only' => rnd([true, false, 'x', []]), 'so_reuseport' => rnd([true, 1, null]), 'so_broadcast' => true]]),
		stream_context_create(['socket' => ['tcp_nodelay' => true, 'bindto' => '127.0.0.1:0']]), stream_context_create(['tcp' => ['x' => 1]]),
	]);
}

function gen_hints()
{
	if (chance(10)) {
		return gen_any();
	}
	$h = [];
	for ($i = mt_rand(0, 4); $i > 0; $i--) {
		$k = chance(85) ? rnd(['ai_family', 'ai_socktype', 'ai_flags', 'ai_protocol']) : rnd(array_merge(ARRAY_KEYS, [0, 'AI_FAMILY', '']));
		$h[$k] = chance(75)
			? rnd([AF_INET, AF_INET6, AF_UNIX, 0, SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED | AI_ALL,
				AI_ADDRCONFIG, AI_NUMERICSERV, AI_IDN, AI_CANONIDN, 6, 17, -1, PHP_INT_MAX, PHP_INT_MIN, 255, 65536])
			: gen_any();
	}
	return $h;
}

/* the value a parameter gets: mostly one that fits the function, sometimes anything */
function gen_param(string $fn, ReflectionParameter $p, array $args)
{
	global $ISOLATED;
	global $WILD;
	$name = $p->getName();
	if (chance($WILD)) {
		return gen_any();
	}
	switch ($name) {
		case 'socket':
			return chance(97) ? any_socket() : gen_any();
		case 'read':
		case 'write':
		case 'except':
			return gen_select_set();
		case 'seconds':
			return rnd([0, 0, 0, -1, PHP_INT_MIN, PHP_INT_MAX, null, '0', false, 1]);
		case 'microseconds':
			return rnd([0, 0, 1000, 10000, -1, PHP_INT_MIN, PHP_INT_MAX, 999999, 1000000, '10', true]);
		case 'port':
			return chance(90) ? any_port() : rnd([null, '80', '0x50', 1.5, NAN]);
		case 'backlog':
			return rnd([0, 1, 5, 128, -1, PHP_INT_MAX, PHP_INT_MIN, 65536, 2147483648]);
		case 'length':
			if ($fn === 'socket_write' && chance(30)) {
				return null;
			}
			return rnd([0, -1, 1, 2, 5, 10, 100, 1024, 4096, 65536, 1 << 20, PHP_INT_MIN, 2147483648, PHP_INT_MAX, mt_rand(1, 20000)]);
		case 'data':
			if ($p->isPassedByReference()) {
				return rnd([null, 'old', [], 1, new stdClass()]);
			}
			return rnd(['', 'x', "hello\n", "line1\nline2\r\nline3", "a\0b\0", str_repeat('w', 4096), str_repeat('W', 65536),
				random_bytes_mt(mt_rand(0, 200)), str_repeat('M', chance(10) ? 1 << 20 : 3000)]);
		case 'mode':
			return rnd([PHP_BINARY_READ, PHP_NORMAL_READ, PHP_NORMAL_READ, 0, -1, 3, PHP_INT_MAX]);
		case 'address':
			if ($fn === 'stream_socket_server') {
				return gen_server_target();
			}
			if ($p->isPassedByReference()) {
				return rnd([null, 'old', [], 1, new stdClass()]);
			}
			if ($fn === 'socket_addrinfo_connect' || $fn === 'socket_addrinfo_bind' || $fn === 'socket_addrinfo_explain') {
				return chance(95) ? any_ai() : gen_any();
			}
			if (chance(60) && ($args[0] ?? null) instanceof Socket) {
				return family_address($args[0], $fn);
			}
			return gen_address($fn);
		case 'domain':
			return chance(80) ? rnd(SAFE_FAMILIES) : rnd([0, -1, PHP_INT_MAX, PHP_INT_MIN, 65536, 255, 3, 16, 17, 2147483648]);
		case 'type':
			if ($fn === 'socket_cmsg_space') {
				$lvl = $args[1 - 1] ?? null;
				if (chance(75)) {
					return $lvl === SOL_SOCKET ? rnd([SCM_RIGHTS, SCM_CREDENTIALS]) : rnd([IPV6_PKTINFO, IPV6_HOPLIMIT, IPV6_TCLASS]);
				}
				return rnd([SCM_RIGHTS, SCM_CREDENTIALS, IPV6_PKTINFO, IPV6_HOPLIMIT, IPV6_TCLASS, 0, -1, PHP_INT_MAX, PHP_INT_MIN, 1000]);
			}
			return rnd([SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM | SOCK_NONBLOCK, SOCK_DGRAM | SOCK_CLOEXEC,
				SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, SOCK_RAW, SOCK_RDM, 0, -1, PHP_INT_MAX, 65536, SOCK_NONBLOCK, 2147483648]);
		case 'protocol':
			return rnd([0, 0, SOL_TCP, SOL_UDP, 1, 255, 256, -1, PHP_INT_MAX, 132, 2147483648]);
		case 'level':
			if ($fn === 'socket_cmsg_space') {
				if (chance(75)) {
					return rnd([SOL_SOCKET, SOL_SOCKET, IPPROTO_IPV6]);
				}
				return rnd([IPPROTO_IP, 0, -1, PHP_INT_MAX, PHP_INT_MIN, 2147483648]);
			}
			return chance(85) ? rnd(OPTIONS)[0] : rnd([-1, 0, PHP_INT_MAX, PHP_INT_MIN, 2147483648, 255, 65536]);
		case 'option':
			if (chance(80)) {
				$lvl = $args[1] ?? null;
				$cands = array_values(array_filter(OPTIONS, fn($o) => $o[0] === $lvl));
				return $cands ? rnd($cands)[1] : rnd(OPTIONS)[1];
			}
			return rnd([-1, 0, 1000, PHP_INT_MAX, PHP_INT_MIN, 2147483648, mt_rand(0, 100)]);
		case 'value':
			$lvl = $args[1] ?? null;
			$opt = $args[2] ?? null;
			return is_int($lvl) && is_int($opt) ? gen_option_value($lvl, $opt) : gen_any();
		case 'error_code':
			if ($p->isPassedByReference()) {
				return rnd([null, 5, 'x', []]);
			}
			return rnd([0, 1, 4, 11, 98, 111, 133, 134, 200, 1000, -1, -10000, -10001, -10002, -10003, -10004, -10005, 2147483647,
				-2147483648, 2147483648, -2147483649, PHP_INT_MAX, PHP_INT_MIN, mt_rand(-20000, 20000)]);
		case 'error_message':
			return rnd([null, 'x', 5, []]);
		case 'host':
			$pool = ['127.0.0.1', '::1', 'localhost', '', "\0", "local\0host", '::ffff:127.0.0.1', 'fe80::1%lo', '127.1', str_repeat('l', 300), '[::1]', '256.0.0.1'];
			if ($ISOLATED) {
				$pool = array_merge($pool, ['example.invalid', '1.2.3.4', 'xn--bcher-kva.example', "b\xc3\xbccher.example", str_repeat('a.', 130)]);
			}
			return rnd($pool);
		case 'service':
			return rnd([null, null, '0', '7', '80', 'http', 'ssh', '', '65535', '65536', '-1', "8\00", str_repeat('9', 200), 'nonexistent-service', 0]);
		case 'hints':
			return gen_hints();
		case 'pair':
			return rnd([null, null, 'old', [1, 2, 3], new stdClass(), 5]);
		case 'stream':
			return chance(90) ? any_stream() : rnd([any_socket(), null, 'php://memory', STDERR]);
		case 'message':
			if ($fn === 'socket_recvmsg') {
				return chance(95) ? gen_recvmsg_message() : gen_array();
			}
			return chance(90) ? gen_sendmsg_message() : gen_array();
		case 'flags':
			if ($fn === 'stream_socket_server') {
				return rnd([STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, STREAM_SERVER_BIND, STREAM_SERVER_LISTEN, 0, -1, PHP_INT_MAX, 12]);
			}
			$f = rnd([0, 0, MSG_DONTWAIT, MSG_PEEK, MSG_WAITALL, MSG_OOB, MSG_TRUNC, MSG_NOSIGNAL, MSG_MORE, MSG_ERRQUEUE, MSG_CMSG_CLOEXEC,
				MSG_EOR, MSG_CONFIRM, MSG_ZEROCOPY, MSG_CTRUNC, MSG_DONTROUTE, -1, PHP_INT_MAX, PHP_INT_MIN, 2147483648, mt_rand(0, 0xffff)]);
			if (chance(30)) {
				$f |= rnd([MSG_DONTWAIT, MSG_PEEK, MSG_NOSIGNAL, MSG_WAITALL]);
			}
			return $f;
		case 'num':
			return rnd([0, 1, 2, 10, 1000, -1, PHP_INT_MAX, PHP_INT_MIN, 2147483647, 2147483648, 268435455, 536870912]);
		case 'context':
			return gen_context();
		case 'mode_shutdown':
		default:
			if ($fn === 'socket_shutdown' && $name === 'mode') {
				return rnd([0, 1, 2, 3, -1]);
			}
			return gen_any();
	}
}

/* ------------------------------------------------------------------ keeping calls bounded */

/* what an int parameter would be given $v, or null if it would throw / cannot be told */
function as_int($v): ?int
{
	if (is_int($v)) return $v;
	if (is_bool($v)) return (int) $v;
	if ($v === null) return 0;
	if (is_float($v)) return is_finite($v) && abs($v) < 9.2e18 ? (int) $v : null;
	if (is_string($v) && is_numeric($v)) {
		$f = (float) $v;
		return abs($f) < 9.2e18 ? (int) $f : null;
	}
	return null;
}

/* an int parameter given $v throws a TypeError before anything happens */
function throws_as_int($v): bool
{
	if (is_array($v) || is_object($v) || is_resource($v) || gettype($v) === 'resource (closed)') return true;
	if (is_float($v)) return !is_finite($v) || abs($v) >= 9.2e18;
	if (is_string($v)) return !is_numeric($v) || abs((float) $v) >= 9.2e18;
	return false;
}

function make_bounded(string $fn, array &$args): void
{
	switch ($fn) {
		case 'socket_select':
			/* never wait for ever (null) nor long: at most 10 ms. Values of a type that throws are left alone. */
			if (count($args) >= 4 && array_key_exists(3, $args)) {
				$sec = $args[3];
				$usec = array_key_exists(4, $args) ? $args[4] : 0;
				if (($sec !== null && throws_as_int($sec)) || throws_as_int($usec)) {
					break;
				}
				$u = as_int($usec);
				$s = $sec === null ? null : as_int($sec);
				if ($s !== null) {
					/* what tsp_poll_timeout() does: negative after the carry is an early EINVAL */
					if ($u > 999999) {
						$carry = intdiv($u, 1000000);
						$u %= 1000000;
						$s = $s > PHP_INT_MAX - $carry ? PHP_INT_MAX : $s + $carry;
					}
					if ($s < 0 || $u < 0 || ($s === 0 && $u <= 10000)) {
						break;
					}
				}
				$args[3] = 0;
				$args[4] = mt_rand(0, 1) ? 0 : 10000;
			}
			break;
		case 'socket_read':
		case 'socket_recv':
		case 'socket_recvfrom':
			/* no allocations above 1 MiB, except PHP_INT_MAX (the extension caps a read at 64 MiB) */
			$i = $fn === 'socket_read' ? 1 : 2;
			if (array_key_exists($i, $args)) {
				$n = as_int($args[$i]);
				if ($n !== null && $n > (1 << 20) && $n !== PHP_INT_MAX) {
					$args[$i] = 1 << 20;
				}
			}
			break;
		case 'socket_recvmsg':
			if (isset($args[1]) && is_array($args[1])) {
				foreach (['buffer_size', 'controllen'] as $k) {
					if (isset($args[1][$k]) && !is_array($args[1][$k]) && !is_object($args[1][$k])) {
						$n = as_int($args[1][$k]);
						if ($n !== null && $n > (1 << 20) && $n !== PHP_INT_MAX) {
							$args[1][$k] = 1 << 20;
						}
					}
				}
			}
			break;
	}
}

/* socket_addrinfo_connect() connects a new blocking socket we cannot give a timeout: to a TCP
 * listener of ours whose backlog is full it would wait for SYN retransmits (minutes). So the
 * listeners on that port first get their pending connections accepted. */
function drain_listeners_for(AddressInfo $ai): void
{
	global $socks, $values, $inCall;
	try {
		$x = @socket_addrinfo_explain($ai);
		$port = $x['ai_addr']['sin_port'] ?? ($x['ai_addr']['sin6_port'] ?? 0);
	} catch (Throwable $e) {
		return;
	}
	if (!$port) {
		return;
	}
	$all = $socks;
	collect_sockets($values, $all, 0);
	foreach ($all as $s) {
		if (!is_open_socket($s) || port_of($s) !== $port || !@socket_get_option($s, SOL_SOCKET, SO_ACCEPTCONN)) {
			continue;
		}
		@socket_set_nonblock($s);
		for ($i = 0; $i < 64 && ($c = @socket_accept($s)); $i++) {
			adopt_socket($c, 'drained');
		}
	}
}

/* Whether a TCP connect to the address would wait: a non-blocking probe that
 * has not completed (connected or refused) within 200 ms. */
function stream_connect_would_wait(AddressInfo $ai): bool
{
	try {
		$x = @socket_addrinfo_explain($ai);
	} catch (Throwable $e) {
		return false;
	}
	if (($x['ai_socktype'] ?? 0) !== SOCK_STREAM || !isset($x['ai_addr'])) {
		return false;
	}
	$a = $x['ai_addr'];
	$v6 = isset($a['sin6_addr']);
	$host = $v6 ? "[{$a['sin6_addr']}]" : ($a['sin_addr'] ?? '');
	$port = $v6 ? ($a['sin6_port'] ?? 0) : ($a['sin_port'] ?? 0);
	$c = @stream_socket_client("tcp://$host:$port", $errno, $errstr, 0.2, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
	if ($c === false) {
		return false;
	}
	$r = null; $e = null; $w = [$c];
	$done = @stream_select($r, $w, $e, 0, 200000) > 0;
	fclose($c);
	return !$done;
}

function collect_sockets($v, array &$out, int $depth): void
{
	if ($v instanceof Socket) {
		$out[] = $v;
	} elseif (is_array($v) && $depth < 5) {
		foreach ($v as $x) {
			collect_sockets($x, $out, $depth + 1);
		}
	}
}

/* every Socket given directly to a call gets 10 ms timeouts first */
function bound_sockets(array $args): void
{
	foreach ($args as $a) {
		if ($a instanceof Socket && is_open_socket($a)) {
			make_safe($a);
		}
	}
}

/* ------------------------------------------------------------------ one recorded call */

/* logs the call to the ring (flushed before it runs), counts it, catches what it throws and
 * keeps the sockets, streams and address infos it hands back */
function fuzz_call(string $fn, array &$args, string $tag)
{
	global $calls, $exceptions, $perFn, $curFn, $inCall, $exClasses, $VERBOSE, $fns;
	$params = $fns[$fn]->getParameters();
	$byName = [];
	foreach ($params as $i => $p) {
		$byName[$p->getName()] = $i;
	}
	$descArgs = [];
	foreach ($args as $k => $v) {
		$descArgs[] = (is_string($k) ? "$k: " : '') . desc($v);
	}
	$line = "$tag $fn(" . implode(', ', $descArgs) . ')';
	ring_push($line);
	$t = microtime(true);

	$calls++;
	$perFn[$fn][0]++;
	$curFn = $fn;
	$inCall = true;
	$ret = null;
	try {
		$ret = $fn(...$args);
		if ($ret !== false && $ret !== null) {
			$perFn[$fn][3]++;
		}
	} catch (Throwable $e) {
		$exceptions++;
		$perFn[$fn][1]++;
		$cls = get_class($e);
		$exClasses[$cls] = ($exClasses[$cls] ?? 0) + 1;
		if ($VERBOSE) {
			echo "$tag $fn: $cls: ", substr($e->getMessage(), 0, 150), "\n";
		}
	}
	$inCall = false;
	$curFn = null;
	$t = microtime(true) - $t;
	if ($t > 0.5) {
		/* nothing should wait this long: every wait is bounded at 10 ms */
		global $slow;
		$slow[] = sprintf('%.2fs %s', $t, substr($line, 0, 500));
	}

	/* keep what came back */
	$how = "from $fn $tag";
	try {
		harvest($ret, $how);
		foreach ($args as $k => $v) {
			$pi = is_int($k) ? $k : ($byName[$k] ?? null);
			if ($pi !== null && isset($params[$pi]) && $params[$pi]->isPassedByReference()) {
				harvest($v, $how);
			}
		}
		if ($fn === 'socket_set_option' || $fn === 'socket_setopt') {
			$s = $args[0] ?? ($args['socket'] ?? null);
			if ($s instanceof Socket && is_open_socket($s)) {
				unlinger($s);
			}
		}
	} catch (Throwable $e) {
	}
	return $ret;
}

/* ------------------------------------------------------------------ scenarios: calls in an order that reaches deep paths */

function scenario(int $it): void
{
	global $unixPaths;
	$tag = "#$it";
	switch (mt_rand(0, 4)) {
		case 0:
		case 1:
			/* descriptors and credentials across a unix pair, then received */
			$type = rnd([SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET]);
			$args = [AF_UNIX, $type, 0, null];
			fuzz_call('socket_create_pair', $args, "$tag scenario-rights");
			$pair = $args[3];
			if (!is_array($pair) || count($pair) !== 2) {
				return;
			}
			[$a, $b] = $pair;
			make_safe($a);
			make_safe($b);
			if (chance(60)) {
				$o = [$b, SOL_SOCKET, SO_PASSCRED, 1];
				fuzz_call('socket_set_option', $o, "$tag scenario-rights");
			}
			$control = [];
			if (chance(80)) {
				$data = [];
				for ($i = mt_rand(1, 4); $i > 0; $i--) {
					$data[] = chance(60) ? (any_socket(100) ?? $a) : (any_stream() ?? $a);
				}
				$control[] = ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => $data];
			}
			if (chance(40)) {
				$control[] = ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => getmypid(), 'uid' => 0, 'gid' => 0]];
			}
			$msg = ['iov' => rnd([['x'], ['ab', 'cd'], [str_repeat('y', 5000)]]), 'control' => $control];
			if (chance(10)) {
				$msg = gen_sendmsg_message();
			}
			$args = [$a, $msg, rnd([0, 0, MSG_DONTWAIT, MSG_NOSIGNAL])];
			fuzz_call('socket_sendmsg', $args, "$tag scenario-rights");
			$rm = ['name' => [], 'buffer_size' => rnd([1, 2, 100, 8000]),
				'controllen' => rnd([0, 1, 8, 16, 24, 40, 64, 100, 200, 1000, 4096])];
			if (chance(30)) {
				$rm = gen_recvmsg_message();
			}
			$args = [$b, $rm, rnd([0, 0, MSG_DONTWAIT, MSG_PEEK, MSG_CMSG_CLOEXEC, MSG_TRUNC, MSG_WAITALL])];
			fuzz_call('socket_recvmsg', $args, "$tag scenario-rights");
			if (chance(50)) {
				/* again: what the first one left (peeked, truncated) */
				$args = [$b, $rm, 0];
				fuzz_call('socket_recvmsg', $args, "$tag scenario-rights");
			}
			break;
		case 2:
			/* IPv6 datagrams with ancillary data */
			$args = [AF_INET6, SOCK_DGRAM, SOL_UDP];
			$r = fuzz_call('socket_create', $args, "$tag scenario-ipv6");
			$args = [AF_INET6, SOCK_DGRAM, SOL_UDP];
			$w = fuzz_call('socket_create', $args, "$tag scenario-ipv6");
			if (!$r instanceof Socket || !$w instanceof Socket) {
				return;
			}
			make_safe($r);
			make_safe($w);
			$args = [$r, '::1', 0];
			fuzz_call('socket_bind', $args, "$tag scenario-ipv6");
			$addr = $port = null;
			@socket_getsockname($r, $addr, $port);
			foreach ([IPV6_RECVPKTINFO, IPV6_RECVHOPLIMIT, IPV6_RECVTCLASS] as $opt) {
				if (chance(70)) {
					$args = [$r, IPPROTO_IPV6, $opt, 1];
					fuzz_call('socket_set_option', $args, "$tag scenario-ipv6");
				}
			}
			$control = [];
			if (chance(50)) $control[] = ['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => rnd(['::1', '::']), 'ifindex' => rnd([0, 1])]];
			if (chance(50)) $control[] = ['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => rnd([1, 64, 255])];
			if (chance(50)) $control[] = ['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => rnd([0, 8, 255])];
			$msg = ['name' => ['addr' => '::1', 'port' => (int) $port], 'iov' => ['v6', 'data'], 'control' => $control];
			$args = [$w, $msg, 0];
			fuzz_call('socket_sendmsg', $args, "$tag scenario-ipv6");
			if (chance(30)) {
				$args = [$w, 'plain', 5, 0, '::1', (int) $port];
				fuzz_call('socket_sendto', $args, "$tag scenario-ipv6");
			}
			$rm = ['name' => [], 'buffer_size' => rnd([1, 100, 2000]), 'controllen' => rnd([0, 16, 32, 64, 128, 512])];
			$args = [$r, $rm, rnd([0, MSG_DONTWAIT, MSG_PEEK])];
			fuzz_call('socket_recvmsg', $args, "$tag scenario-ipv6");
			harvest([$r, $w], "scenario-ipv6");
			break;
		case 3:
			/* lines longer than the first buffer for PHP_NORMAL_READ */
			$pair = null;
			if (!@socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair)) {
				return;
			}
			make_safe($pair[0]);
			@socket_set_nonblock($pair[0]);
			$line = str_repeat('L', rnd([4095, 4096, 4097, 9000, 20000, 70000])) . rnd(["\n", "\r", "\r\n", '']);
			@socket_write($pair[1], $line . "next\n");
			$args = [$pair[0], rnd([4096, 5000, 8192, 100000, 1 << 20, PHP_INT_MAX]), PHP_NORMAL_READ];
			fuzz_call('socket_read', $args, "$tag scenario-line");
			$args = [$pair[0], rnd([1, 10, 100000]), rnd([PHP_NORMAL_READ, PHP_BINARY_READ])];
			fuzz_call('socket_read', $args, "$tag scenario-line");
			harvest([$pair[0], $pair[1]], 'scenario-line');
			break;
		case 4:
			/* accept on a listener that has a connection waiting, then talk */
			$fam = rnd(SAFE_FAMILIES);
			$type = $fam === AF_UNIX && chance(40) ? SOCK_SEQPACKET : SOCK_STREAM;
			$args = [$fam, $type, 0];
			$l = fuzz_call('socket_create', $args, "$tag scenario-accept");
			if (!$l instanceof Socket) {
				return;
			}
			make_safe($l);
			$addr = $fam === AF_UNIX ? tmp_path('sa') : ($fam === AF_INET ? '127.0.0.1' : '::1');
			if ($fam === AF_UNIX) {
				@unlink($addr);
			}
			$args = [$l, $addr, 0];
			fuzz_call('socket_bind', $args, "$tag scenario-accept");
			$args = [$l, rnd([0, 1, 5])];
			fuzz_call('socket_listen', $args, "$tag scenario-accept");
			$a = $p = null;
			@socket_getsockname($l, $a, $p);
			$c = @socket_create($fam, $type, 0);
			if (!$c) {
				return;
			}
			make_safe($c);
			$args = $fam === AF_UNIX ? [$c, $addr] : [$c, $addr, (int) $p];
			fuzz_call('socket_connect', $args, "$tag scenario-accept");
			$args = [$l];
			$s = fuzz_call('socket_accept', $args, "$tag scenario-accept");
			if ($s instanceof Socket) {
				make_safe($s);
				$args = [$c, "ping\n"];
				fuzz_call('socket_write', $args, "$tag scenario-accept");
				$r = [$s];
				$w = [$c];
				$e = null;
				$args = [&$r, &$w, &$e, 0, 10000];
				fuzz_call('socket_select', $args, "$tag scenario-accept");
				$data = null;
				$args = [$s, &$data, 100, rnd([0, MSG_PEEK, MSG_DONTWAIT])];
				fuzz_call('socket_recv', $args, "$tag scenario-accept");
				$args = [$s, SOL_SOCKET, rnd([SO_PEERCRED, SO_ERROR, SO_ACCEPTCONN, SO_TYPE])];
				fuzz_call('socket_get_option', $args, "$tag scenario-accept");
			}
			harvest([$l, $c, $s], 'scenario-accept');
			break;
	}
}

/* ------------------------------------------------------------------ the function list */

$fns = [];
/* the ext/sockets API goes by the name "sockets", tsp_sockets' own functions by its own */
foreach (['sockets', 'tsp_sockets'] as $extName) {
	foreach ((new ReflectionExtension($extName))->getFunctions() as $f) {
		$fns[$f->getName()] = $f;
	}
}
$fns['stream_socket_server'] = new ReflectionFunction('stream_socket_server');
ksort($fns);
$fnNames = array_keys($fns);
foreach ($fnNames as $n) {
	$perFn[$n] = [0, 0, 0, 0];
}

/* ------------------------------------------------------------------ meta actions */

function meta_action(int $it): void
{
	global $streams, $socks, $values;
	switch (mt_rand(0, 5)) {
		case 0: /* close a stream (maybe one a Socket was exported as / imported from) */
			if ($streams) {
				$r = rnd($streams);
				ring_push("#$it meta: fclose(" . desc($r) . ')');
				if (is_resource($r)) {
					@fclose($r);
				}
			}
			break;
		case 1: /* drop a socket: its destructor runs if it was the last reference */
			if ($socks) {
				$k = array_rand($socks);
				ring_push("#$it meta: drop " . desc($socks[$k]));
				unset($socks[$k]);
				$socks = array_values($socks);
			}
			break;
		case 2:
			ring_push("#$it meta: gc_collect_cycles()");
			gc_collect_cycles();
			break;
		case 3: /* prune closed sockets */
			$n = 0;
			foreach ($socks as $k => $s) {
				if (!is_open_socket($s) && $n++ > 4) {
					unset($socks[$k]);
				}
			}
			$socks = array_values($socks);
			break;
		case 5:
			$v = rnd(['0', '1', '-1', '128', (string) PHP_INT_MAX, 'abc', '99999999999999999999999', '']);
			ring_push("#$it meta: ini_set('tsp_sockets.default_backlog', " . desc($v) . ')');
			@ini_set('tsp_sockets.default_backlog', $v);
			break;
		case 4:
			/* drop kept values */
			if ($values && chance(50)) {
				array_splice($values, 0, 1);
			}
			break;
	}
}

/* ------------------------------------------------------------------ main loop */

for ($i = 0; $i < 12; $i++) {
	fresh_fixtures();
}

$deadline = $T0 + $SECONDS;
$it = 0;
for ($it = 0; $it < $ITERATIONS; $it++) {
	if (microtime(true) > $deadline) {
		break;
	}
	if (chance(8) || count($socks) < 10) {
		fresh_fixtures();
	}
	if (chance(3)) {
		meta_action($it);
	}
	if (chance(4)) {
		scenario($it);
	}

	$fn = rnd($fnNames);
	$rf = $fns[$fn];
	$params = $rf->getParameters();
	$req = $rf->getNumberOfRequiredParameters();
	$max = $rf->getNumberOfParameters();

	/* argument count: mostly valid (and mostly all of them), sometimes too few or too many */
	$r = mt_rand(1, 100);
	if ($r <= 4 && $req > 0) {
		$argc = mt_rand(0, $req - 1);
	} elseif ($r <= 8) {
		$argc = $max + mt_rand(1, 2);
	} elseif ($r <= 60) {
		$argc = $max;
	} else {
		$argc = mt_rand($req, $max);
	}
	/* a third of the calls get a wild value (any type) for each parameter now and then */
	$WILD = chance(35) ? 20 : 2;

	$args = [];
	for ($k = 0; $k < $argc; $k++) {
		$args[$k] = $k < $max ? gen_param($fn, $params[$k], $args) : gen_any();
	}

	/* socket_create_listen binds the wildcard address: outside the namespace only values that fail early */
	if ($fn === 'socket_create_listen' && !$ISOLATED && array_key_exists(0, $args) && !throws_as_int($args[0])) {
		$args[0] = new stdClass();
	}
	/* socket_addrinfo_connect: a new blocking socket we cannot put a timeout on; only loopback
	 * (lookups only give loopback outside the namespace) */

	make_bounded($fn, $args);
	bound_sockets($args);
	if ($fn === 'socket_addrinfo_connect' && ($args[0] ?? null) instanceof AddressInfo) {
		drain_listeners_for($args[0]);
		if (stream_connect_would_wait($args[0])) {
			return; /* a listener we do not hold (a stream's, a full queue): the call would block for minutes */
		}
	}

	/* sometimes named arguments */
	$named = false;
	if (chance(3) && $argc > 0) {
		$named = true;
		$nargs = [];
		foreach ($args as $k => $v) {
			$pname = $k < $max ? $params[$k]->getName() : 'bogus' . $k;
			if (chance(10)) {
				$pname = 'nonexistent';
			}
			$nargs[$pname] = $v;
		}
		$args = $nargs;
	}

	fuzz_call($fn, $args, "#$it");
	unset($args);
}

/* ------------------------------------------------------------------ summary */

$elapsed = microtime(true) - $T0;
ring_push("# finished after $it iterations");

/* close everything, then remove the temp dir */
$socks = $ais = $streams = $values = [];
foreach ($cycles as &$c) {
	$c = null;
}
unset($c);
$cycles = [];
gc_collect_cycles();
foreach (glob($TMP . '/{,.}*', GLOB_BRACE) ?: [] as $f) {
	if (basename($f) !== '.' && basename($f) !== '..') {
		@unlink($f);
	}
}
@rmdir($TMP);

if (getenv('APIFUZZ_TABLE') !== '0') {
	printf("%-32s %7s %7s %7s %7s\n", 'function', 'calls', 'throws', 'warns', 'ok');
	foreach ($perFn as $n => [$c, $x, $w, $ok]) {
		printf("%-32s %7d %7d %7d %7d\n", $n, $c, $x, $w, $ok);
	}
	arsort($exClasses);
	foreach ($exClasses as $c => $n) {
		printf("  %-30s %d\n", $c, $n);
	}
	printf("%d iterations in %.1f s, network namespace: %s\n", $it, $elapsed, $ISOLATED ? 'yes' : 'no');
}
foreach ($slow as $l) {
	echo "slow call: $l\n";
}
printf("apifuzz: %d calls, %d exceptions, %d warnings, seed %d\n", $calls, $exceptions, $warnings, $SEED);
exit(0);
