<?php
/*
 * PHP-level fuzzer of the converters that user code can re-enter: the message arrays of
 * socket_sendmsg() and socket_recvmsg(), the array values of socket_set_option(), and the
 * arrays of socket_select(). run.sh runs it as the "reentry" mode.
 *
 *   php -n -d extension=modules/tsp_sockets.so tests/apifuzz/reentry.php [SEED [ITERATIONS [SECONDS]]]
 *
 * Each call is built from the slots of $T, placed in the message by value or by reference.
 * Any value a converter reads may be a Mutator: an object whose __toString() answers from a
 * list (another answer on each call) after doing something hostile to the slots: growing,
 * emptying or replacing an array with a scalar, unsetting keys, closing the sockets and
 * streams in use, running a nested call, collecting cycles, or throwing. An error handler and
 * destructors of objects inside the messages do the same. Arrays, integers and strings are
 * also given by reference. Every call is non-blocking (MSG_DONTWAIT, select timeout 0).
 *
 * The last 20 calls are written (and flushed) to the ring file (env APIFUZZ_RING) before each
 * call. Ends with "apifuzz: N calls, N exceptions, N warnings, seed S (reentry)", exit 0.
 */

declare(strict_types=0);

error_reporting(E_ALL);
ini_set('display_errors', '1');

$SEED = (int) ($argv[1] ?? 1);
$ITERATIONS = (int) ($argv[2] ?? 20000);
$SECONDS = (float) ($argv[3] ?? 30);
if (!extension_loaded('tsp_sockets')) {
	fwrite(STDERR, "apifuzz: tsp_sockets is not loaded\n");
	exit(2);
}
$RING_FILE = getenv('APIFUZZ_RING') ?: __DIR__ . "/out/ring-reentry-$SEED.txt";
if (!is_dir(dirname($RING_FILE))) {
	@mkdir(dirname($RING_FILE), 0777, true);
}
$TMP = getenv('APIFUZZ_TMP') ?: sys_get_temp_dir() . '/apifuzz-reentry.' . getmypid();
@mkdir($TMP, 0700);
mt_srand($SEED);

$calls = $exceptions = $warnings = 0;
$T = [];          // the slots calls are built from
$S = [];          // the sockets and streams of this round
$depth = 0;       // nested calls from inside a Mutator
$inCall = false;
$HAVE6 = (function () {
	$s = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
	return $s && @socket_bind($s, '::1', 0);
})();

function rnd(array $a)
{
	return $a[mt_rand(0, count($a) - 1)];
}

function chance(int $percent): bool
{
	return mt_rand(1, 100) <= $percent;
}

/* ------------------------------------------------------------------ ring */

$ring = [];
function ring_push(string $line): void
{
	global $ring, $RING_FILE;
	$ring[] = $line;
	if (count($ring) > 20) {
		array_shift($ring);
	}
	$fh = fopen($RING_FILE, 'w');
	if ($fh) {
		fwrite($fh, implode("\n", $ring) . "\n");
		fflush($fh);
		fclose($fh);
	}
}

function desc($v, int $depth = 0): string
{
	if ($depth > 3) return '...';
	if ($v instanceof Mutator) return 'Mutator(' . implode('|', array_map('strval', array_slice($v->answers, 0, 3))) . '; ' . implode(',', array_map(fn($a) => $a[0] . ':' . $a[1], $v->actions)) . ')';
	if ($v instanceof Socket) return 'Socket';
	if (is_object($v)) return get_class($v);
	if (is_resource($v)) return 'resource';
	if (is_array($v)) {
		$p = [];
		$i = 0;
		foreach ($v as $k => $x) {
			if (++$i > 6) {
				$p[] = '...(' . count($v) . ')';
				break;
			}
			$p[] = var_export($k, true) . '=>' . desc($x, $depth + 1);
		}
		return '[' . implode(', ', $p) . ']';
	}
	if (is_string($v) && strlen($v) > 40) return 'str(' . strlen($v) . ')';
	return var_export($v, true);
}

/* ------------------------------------------------------------------ hostile user code */

/* the slots hostile code may attack */
const SLOTS = ['msg', 'name', 'iov', 'control', 'el0', 'el1', 'data0', 'data1', 'str0', 'int0', 'opt', 'r', 'w', 'e'];
const ACTIONS = ['grow', 'clear', 'scalar', 'null', 'unset', 'unsetkey', 'nest', 'close', 'fclose', 'gc', 'throw', 'recurse', 'none', 'none'];

function hostile(array $a): void
{
	global $T, $S, $depth;
	[$what, $slot] = $a;
	switch ($what) {
		case 'grow':
			if (!isset($T[$slot]) || !is_array($T[$slot])) {
				$T[$slot] = [];
			}
			for ($i = 0; $i < 64; $i++) {
				$T[$slot][] = rnd([$S['a'] ?? 1, 'g', 7]);
			}
			break;
		case 'clear':
			$T[$slot] = [];
			break;
		case 'scalar':
			$T[$slot] = 0x41414141;
			break;
		case 'null':
			$T[$slot] = null;
			break;
		case 'unset':
			unset($T[$slot]);
			break;
		case 'unsetkey':
			if (isset($T[$slot]) && is_array($T[$slot]) && $T[$slot]) {
				unset($T[$slot][array_rand($T[$slot])]);
			}
			break;
		case 'nest':
			if (isset($T[$slot]) && is_array($T[$slot])) {
				$T[$slot][rnd(['level', 'type', 'data', 'addr', 0, 1])] = new Mutator(['1', 'x'], [[rnd(ACTIONS), rnd(SLOTS)]]);
			}
			break;
		case 'close':
			$k = rnd(['a', 'b', 'u4', 'u6']);
			if (isset($S[$k]) && $S[$k] instanceof Socket) {
				try {
					socket_close($S[$k]);
				} catch (Throwable $e) {
				}
			}
			break;
		case 'fclose':
			if (isset($S['stream']) && is_resource($S['stream'])) {
				fclose($S['stream']);
			}
			break;
		case 'gc':
			gc_collect_cycles();
			break;
		case 'throw':
			throw new RuntimeException('hostile');
		case 'recurse':
			if ($depth < 2) {
				$depth++;
				try {
					one_call('nested');
				} finally {
					$depth--;
				}
			}
			break;
	}
}

final class Mutator
{
	public int $calls = 0;
	public function __construct(public array $answers, public array $actions) {}
	public function __toString(): string
	{
		$act = $this->actions ? $this->actions[$this->calls % count($this->actions)] : null;
		$ans = $this->answers[min($this->calls, count($this->answers) - 1)];
		$this->calls++;
		if ($act) {
			hostile($act);
		}
		return (string) $ans;
	}
}

/* an object inside a message whose destructor attacks the slots */
final class Destructive
{
	public function __construct(private array $action) {}
	public function __destruct()
	{
		try {
			hostile($this->action);
		} catch (Throwable $e) {
		}
	}
}

function mutator(array $answers): Mutator
{
	$acts = [];
	for ($i = mt_rand(1, 3); $i > 0; $i--) {
		$acts[] = [rnd(ACTIONS), rnd(SLOTS)];
	}
	shuffle($answers);
	/* hostile, but not every time: a call must get far enough to send now and then */
	if (chance(30)) {
		$acts = [['none', 'msg']];
	}
	return new Mutator($answers, $acts);
}

/* a value for an integer field: mostly right, sometimes a Mutator, a reference or junk */
function int_value(array $good, bool $sizes = false)
{
	/* sizes (buffer_size, controllen) stay small: a 4 GiB controllen is a legitimate memory-limit fatal */
	$junk = $sizes ? ['x', '-1', '99', '4294967296'] : ['x', '2147483648', '-1', '99'];
	$r = mt_rand(1, 100);
	if ($r <= 60) return rnd($good);
	if ($r <= 88) return mutator(array_merge($good, $good, $good, $junk));
	if ($r <= 93) return (string) rnd($good);
	return rnd([null, [], 1.5, 'x', $sizes ? -1 : PHP_INT_MAX, -1, new Destructive([rnd(ACTIONS), rnd(SLOTS)])]);
}

function str_value(array $good)
{
	$r = mt_rand(1, 100);
	if ($r <= 60) return rnd($good);
	if ($r <= 93) return mutator(array_merge($good, $good, ['', 'x', str_repeat('p', 120)]));
	return rnd([[], 5, null, new stdClass, new Destructive([rnd(ACTIONS), rnd(SLOTS)])]);
}

/* puts slot $k in $arr[$key], by value or (sometimes) by reference */
function place(array &$arr, $key, string $k, int $refPercent = 25): void
{
	global $T;
	if (chance($refPercent)) {
		$arr[$key] = &$T[$k];
	} else {
		$arr[$key] = $T[$k] ?? null;
	}
}

/* ------------------------------------------------------------------ sockets of a round */

function fresh_sockets(): void
{
	global $S, $HAVE6;
	$S = [];
	if (@socket_create_pair(AF_UNIX, rnd([SOCK_DGRAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM]), 0, $p)) {
		[$S['a'], $S['b']] = $p;
		@socket_set_option($S['b'], SOL_SOCKET, SO_PASSCRED, 1);
	}
	$S['u4'] = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
	@socket_bind($S['u4'], '127.0.0.1', 0);
	if ($HAVE6) {
		$S['u6'] = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
		@socket_bind($S['u6'], '::1', 0);
	}
	foreach ($S as $s) {
		@socket_set_nonblock($s);
	}
	if (isset($S['a']) && chance(30)) {
		$S['stream'] = @socket_export_stream($S['a']);
	}
	$S['file'] = fopen(__FILE__, 'r');
}

function some_fd()
{
	global $S;
	return rnd([$S['a'] ?? 1, $S['b'] ?? 1, $S['u4'], $S['file'], $S['stream'] ?? 'x', $S['u6'] ?? 2]);
}

/* ------------------------------------------------------------------ building calls */

function gen_name(): void
{
	global $T, $S;
	$port = 9;
	if (@socket_getsockname($S['u4'], $a, $p)) {
		$port = $p;
	}
	$n = [];
	switch (mt_rand(0, 3)) {
		case 0:
			$n['addr'] = str_value(['127.0.0.1', 'localhost']);
			$n['port'] = int_value([$port, 0, 65535]);
			break;
		case 1:
			$n['addr'] = str_value(['::1', '::']);
			$n['port'] = int_value([$port, 1]);
			$n['scope_id'] = int_value([0, 1]);
			break;
		case 2:
			$n['path'] = str_value([$GLOBALS['TMP'] . '/u', "\0abstract-reentry"]);
			break;
		default:
			$n['family'] = int_value([AF_INET, AF_INET6, AF_UNIX]);
			$n['addr'] = str_value(['127.0.0.1', '::1']);
			$n['port'] = int_value([$port]);
	}
	if (chance(15)) {
		$T['str0'] = str_value(['127.0.0.1', '::1']);
		$n['addr'] = &$T['str0'];
	}
	$T['name'] = $n;
}

function gen_iov(): void
{
	global $T;
	$iov = [];
	for ($i = mt_rand(0, 6); $i > 0; $i--) {
		$iov[] = str_value(['a', 'bc', str_repeat('d', 300)]);
	}
	if (chance(20)) {
		$T['str0'] = str_value(['ref']);
		$iov[] = &$T['str0'];
	}
	$T['iov'] = $iov;
}

function gen_element(int $i): void
{
	global $T;
	$types = [[SOL_SOCKET, SCM_RIGHTS], [SOL_SOCKET, SCM_CREDENTIALS], [IPPROTO_IPV6, IPV6_PKTINFO], [IPPROTO_IPV6, IPV6_HOPLIMIT], [IPPROTO_IPV6, IPV6_TCLASS]];
	[$level, $type] = rnd($types);
	$el = ['level' => int_value([$level, SOL_SOCKET, IPPROTO_IPV6]), 'type' => int_value([$type, SCM_RIGHTS, SCM_CREDENTIALS, IPV6_PKTINFO])];
	switch ($type) {
		case SCM_RIGHTS:
			$d = [];
			for ($k = mt_rand(0, 8); $k > 0; $k--) {
				$d[] = chance(90) ? some_fd() : int_value([1]);
			}
			if (chance(5)) {
				$d = array_fill(0, mt_rand(100, 300), some_fd());
			}
			break;
		case SCM_CREDENTIALS:
			$d = ['pid' => int_value([getmypid(), 1]), 'uid' => int_value([getmyuid(), 0]), 'gid' => int_value([getmygid(), 0])];
			break;
		case IPV6_PKTINFO:
			$d = ['addr' => str_value(['::1', '::']), 'ifindex' => chance(80) ? int_value([0, 1]) : str_value(['lo'])];
			break;
		default:
			$d = int_value([1, 64, 255]);
	}
	$T["data$i"] = $d;
	if (chance(90)) {
		place($el, 'data', "data$i", 15);
	}
	$T["el$i"] = $el;
}

function gen_control(): void
{
	global $T;
	$c = [];
	for ($i = 0, $n = mt_rand(0, 2); $i < $n; $i++) {
		gen_element($i);
		place($c, $i, "el$i", 15);
	}
	$T['control'] = $c;
}

function gen_sendmsg(): void
{
	global $T;
	$T = [];
	$m = [];
	if (chance(50)) {
		gen_name();
		place($m, 'name', 'name', 10);
	}
	if (chance(90)) {
		gen_iov();
		place($m, 'iov', 'iov', 10);
	}
	if (chance(60)) {
		gen_control();
		place($m, 'control', 'control', 10);
	}
	if (chance(10)) {
		$m['junk'] = new Destructive([rnd(ACTIONS), rnd(SLOTS)]);
	}
	$T['msg'] = $m;
}

function gen_recvmsg(): void
{
	global $T;
	$T = [];
	$m = [];
	if (chance(50)) $m['name'] = chance(90) ? [] : 'x';
	if (chance(85)) $m['buffer_size'] = int_value([0, 1, 10, 5000], true);
	if (chance(90)) $m['controllen'] = int_value([1, 24, 64, 200, 1000], true);
	if (chance(15)) {
		$T['int0'] = int_value([64], true);
		$m['controllen'] = &$T['int0'];
	}
	if (chance(20)) {
		$m['junk'] = new Destructive([rnd(ACTIONS), rnd(SLOTS)]);
	}
	$T['msg'] = $m;
}

function gen_option(): array
{
	global $T, $S;
	$T = [];
	switch (mt_rand(0, 4)) {
		case 0:
			$T['opt'] = ['addr' => str_value(['::1', '::']), 'ifindex' => int_value([0, 1])];
			return [$S['u6'] ?? $S['u4'], IPPROTO_IPV6, IPV6_PKTINFO];
		case 1:
			$T['opt'] = ['l_onoff' => int_value([0, 1]), 'l_linger' => int_value([0])];
			return [$S['u4'], SOL_SOCKET, SO_LINGER];
		case 2:
			$T['opt'] = ['sec' => int_value([0, 1]), 'usec' => int_value([0, 10000])];
			return [$S['u4'], SOL_SOCKET, rnd([SO_RCVTIMEO, SO_SNDTIMEO])];
		case 3:
			$T['opt'] = ['group' => str_value(['224.0.0.1', '239.1.2.3']), 'interface' => chance(50) ? int_value([0, 1]) : str_value(['lo'])];
			return [$S['u4'], IPPROTO_IP, rnd([MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP])];
		default:
			$T['opt'] = ['group' => str_value(['224.0.0.1']), 'interface' => int_value([0]), 'source' => str_value(['127.0.0.1'])];
			return [$S['u4'], IPPROTO_IP, rnd([MCAST_JOIN_SOURCE_GROUP, MCAST_BLOCK_SOURCE])];
	}
}

function gen_select(): void
{
	global $T, $S;
	$T = [];
	foreach (['r', 'w', 'e'] as $k) {
		$a = [];
		for ($i = mt_rand(0, 4); $i > 0; $i--) {
			$a[chance(20) ? 'k' . $i : $i] = chance(90) ? rnd(array_values(array_filter($S, fn($x) => $x instanceof Socket))) : str_value(['x']);
		}
		$T[$k] = chance(90) ? $a : rnd([null, 5, 'x']);
	}
}

/* ------------------------------------------------------------------ one call */

$perFn = [];   // name => [calls, exceptions, ok (neither false nor thrown)]
function call(string $tag, string $fn, callable $f, string $what): void
{
	global $calls, $exceptions, $inCall, $perFn;
	ring_push("$tag $fn $what");
	$calls++;
	$perFn[$fn] ??= [0, 0, 0];
	$perFn[$fn][0]++;
	$was = $inCall;
	$inCall = true;
	try {
		if ($f() !== false) {
			$perFn[$fn][2]++;
		}
	} catch (Throwable $e) {
		$exceptions++;
		$perFn[$fn][1]++;
	}
	$inCall = $was;
}

function one_call(string $tag): void
{
	try {
		one_call_of(mt_rand(0, 9), $tag);
	} catch (Throwable $e) {
		/* building the call failed (a socket closed meanwhile): not a finding */
	}
}

function one_call_of(int $which, string $tag): void
{
	global $T, $S;
	switch ($which) {
		case 0: case 1: case 2: case 3:
			gen_sendmsg();
			/* where the name (if any) can go */
			$n = $T['name'] ?? null;
			if (!is_array($n) || chance(10)) {
				$s = $S['a'] ?? $S['u4'];
			} elseif (isset($n['path'])) {
				$s = $S['a'] ?? $S['u4'];
			} else {
				$s = chance(50) ? $S['u4'] : ($S['u6'] ?? $S['u4']);
			}
			$flags = rnd([0, MSG_DONTWAIT, MSG_DONTWAIT | MSG_NOSIGNAL]) | MSG_DONTWAIT;
			call($tag, 'socket_sendmsg', function () use ($s, $flags) {
				global $T;
				$msg = chance(50) ? ($T['msg'] ?? []) : null;
				if ($msg === null) {
					return @socket_sendmsg($s, $T['msg'], $flags);
				}
				return @socket_sendmsg($s, $msg, $flags);
			}, desc($T['msg']));
			break;
		case 4: case 5: case 6:
			if (isset($S['a']) && chance(95)) {
				try {
					if (chance(50)) {
						@socket_write($S['a'], str_repeat('q', mt_rand(0, 50)));
					} else {
						@socket_sendmsg($S['a'], ['iov' => ['r'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$S['a'], $S['file']]]]], MSG_DONTWAIT);
					}
				} catch (Throwable $e) {
				}
			}
			gen_recvmsg();
			$s = rnd([$S['b'] ?? $S['u4'], $S['u4']]);
			call($tag, 'socket_recvmsg', function () use ($s) {
				global $T;
				if (!is_array($T['msg'] ?? null)) {
					$T['msg'] = [];
				}
				return @socket_recvmsg($s, $T['msg'], MSG_DONTWAIT | rnd([0, 0, MSG_PEEK, MSG_TRUNC]));
			}, desc($T['msg']));
			break;
		case 7: case 8:
			[$s, $level, $opt] = gen_option();
			call($tag, 'socket_set_option', function () use ($s, $level, $opt) {
				global $T;
				return @socket_set_option($s, $level, $opt, chance(50) ? $T['opt'] : ($T['opt'] ?? null));
			}, "$level/$opt " . desc($T['opt']));
			break;
		default:
			gen_select();
			call($tag, 'socket_select', function () {
				global $T;
				switch (mt_rand(0, 2)) {
					case 0: return @socket_select($T['r'], $T['w'], $T['e'], 0);
					case 1: return @socket_select($T['r'], $T['r'], $T['r'], 0, 0);
					default: return @socket_select($T['r'], $T['w'], $T['r'], 0, 1);
				}
			}, desc([$T['r'] ?? null, $T['w'] ?? null, $T['e'] ?? null]));
	}
}

/* warnings: counted, and now and then hostile themselves */
set_error_handler(function (int $no, string $str) {
	global $warnings, $inCall;
	if ($inCall) {
		$warnings++;
		if (chance(10)) {
			hostile([rnd(ACTIONS), rnd(SLOTS)]);
		}
	}
	return true;
});

/* ------------------------------------------------------------------ main loop */

$deadline = microtime(true) + $SECONDS;
$it = 0;
for ($it = 0; $it < $ITERATIONS && microtime(true) < $deadline; $it++) {
	if ($it % 8 === 0) {
		$T = [];
		fresh_sockets();
	}
	one_call("#$it");
}
ring_push("# finished after $it iterations");
$T = $S = [];
gc_collect_cycles();
foreach (glob($TMP . '/{,.}*', GLOB_BRACE) ?: [] as $f) {
	if (basename($f) !== '.' && basename($f) !== '..') {
		@unlink($f);
	}
}
@rmdir($TMP);
if (getenv('APIFUZZ_TABLE') !== '0') {
	ksort($perFn);
	printf("%-20s %7s %7s %7s\n", 'function', 'calls', 'throws', 'ok');
	foreach ($perFn as $n => [$c, $x, $ok]) {
		printf("%-20s %7d %7d %7d\n", $n, $c, $x, $ok);
	}
	printf("%d iterations\n", $it);
}
printf("apifuzz: %d calls, %d exceptions, %d warnings, seed %d (reentry)\n", $calls, $exceptions, $warnings, $SEED);
exit(0);
