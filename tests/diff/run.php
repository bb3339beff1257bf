<?php
/*
 * tsp_sockets differential harness.
 *
 * Runs each script of a corpus twice with the same PHP — once with the bundled
 * ext/sockets, once with tsp_sockets — and compares all they print (stdout and
 * stderr together) and their exit status.
 *
 *   php -n tests/diff/run.php [--php BIN] [--ext PATH] [--oracle "-d extension=sockets"]
 *                             [--corpus DIR] [--filter SUBSTR] [--timeout S] [-v]
 *
 * A case may say, in its first comment lines:
 *   // diff: oracle-hangs <reason>   the oracle spins or blocks there: only ours runs,
 *                                    and its output must equal NAME.expect beside the case.
 *   // diff: documented <reason>     a difference listed in the README (for example the
 *                                    real errno where core reports 0): only ours runs,
 *                                    against NAME.expect, and the oracle's output is shown
 *                                    with -v so the difference stays visible.
 *   // diff: documented-since X.Y <reason>   the same, from PHP X.Y on; before it the oracle.
 *   // diff: documented-before X.Y <reason>  the same, before PHP X.Y; from it on the oracle.
 *   // diff: skip-unless <ext>       run only when the PHP binary has that extension.
 * Ephemeral port numbers differ between runs by nature: cases print ports
 * only through helpers that hide them. Each case runs in its own temporary
 * directory (its path is replaced by "%TMP%" before comparing, and the path of
 * this folder by "%DIFF%", so expectations hold in any checkout).
 * Last line: "diff: N same, N different".
 */
$opt = [
    'php' => PHP_BINARY,
    'ext' => dirname(__DIR__, 2) . '/modules/tsp_sockets.so',
    'oracle' => '-d extension=sockets',
    'corpus' => __DIR__ . '/cases',
    'filter' => '',
    'timeout' => 20,
    'v' => false,
];
for ($i = 1; $i < $argc; $i++) {
    $a = $argv[$i];
    if ($a === '-v') { $opt['v'] = true; continue; }
    if (substr($a, 0, 2) === '--' && isset($argv[$i + 1])) { $opt[substr($a, 2)] = $argv[++$i]; continue; }
    fwrite(STDERR, "unknown argument $a\n");
    exit(2);
}

/* The PHP binary's version as major * 100 + minor. */
function php_version(string $php): int
{
    static $cache = [];
    return $cache[$php] ??= (int) shell_exec(escapeshellarg($php) . ' -n -r ' . escapeshellarg('echo PHP_MAJOR_VERSION * 100 + PHP_MINOR_VERSION;'));
}

/* The extensions the PHP binary has without php.ini (php -n -m), asked once. */
function php_modules(string $php): array
{
    static $cache = [];
    if (!isset($cache[$php])) {
        $mods = [];
        exec(escapeshellarg($php) . ' -n -m', $mods);
        $cache[$php] = $mods;
    }
    return $cache[$php];
}

function run_case(string $php, string $args, string $file, int $timeout): array
{
    $tmp = sys_get_temp_dir() . '/tspdiff.' . getmypid() . '.' . bin2hex(random_bytes(4));
    mkdir($tmp);
    $cmd = 'exec timeout -s KILL ' . (int) $timeout . ' ' . escapeshellarg($php) . ' -n ' . $args
        . ' -d display_errors=1 -d error_reporting=-1 -d html_errors=0 -d log_errors=0 '
        . escapeshellarg($file) . ' 2>&1';
    $t0 = microtime(true);
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w']], $pipes, $tmp, ['TSP_DIFF_TMP' => $tmp, 'PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    $status = proc_close($p);
    exec('rm -rf ' . escapeshellarg($tmp));
    $out = str_replace([$tmp, str_replace('/', '\\/', $tmp), __DIR__], ['%TMP%', '%TMP%', '%DIFF%'], $out);
    if ($status === 137 && microtime(true) - $t0 >= $timeout - 1) {
        $out .= "\n[killed after {$timeout}s]";
    }
    return [$out, $status];
}

$cases = glob(rtrim((string) realpath($opt['corpus']), '/') . '/*.php');
sort($cases);
$same = 0;
$different = 0;
foreach ($cases as $case) {
    $name = basename($case, '.php');
    if ($opt['filter'] !== '' && strpos($name, $opt['filter']) === false) {
        continue;
    }
    $head = implode("\n", array_slice(file($case), 0, 15));
    if (preg_match('~// diff: skip-unless (\w+)~', $head, $m) && !in_array($m[1], php_modules($opt['php']), true)) {
        if ($opt['v']) echo "skipped   $name (no {$m[1]})\n";
        continue;
    }
    $ours = run_case($opt['php'], '-d extension=' . escapeshellarg($opt['ext']), $case, (int) $opt['timeout']);
    if (preg_match('~// diff: documented~', $head) && $opt['v']) {
        echo "documented $name: the oracle prints\n", run_case($opt['php'], $opt['oracle'], $case, (int) $opt['timeout'])[0], "\n";
    }
    $documented = preg_match('~// diff: (oracle-hangs|documented) ~', $head)
        || (preg_match('~// diff: documented-since (\d+)\.(\d+)~', $head, $v) && php_version($opt['php']) >= (int) $v[1] * 100 + (int) $v[2])
        || (preg_match('~// diff: documented-before (\d+)\.(\d+)~', $head, $v) && php_version($opt['php']) < (int) $v[1] * 100 + (int) $v[2]);
    if ($documented) {
        $expectFile = substr($case, 0, -4) . '.expect';
        $want = [is_file($expectFile) ? file_get_contents($expectFile) : "(missing $expectFile)", 0];
        $label = 'expected';
    } else {
        $want = run_case($opt['php'], $opt['oracle'], $case, (int) $opt['timeout']);
        $label = 'ext/sockets';
    }
    if ($want[0] === $ours[0] && $want[1] === $ours[1]) {
        $same++;
        if ($opt['v']) echo "same      $name\n";
        continue;
    }
    $different++;
    echo "DIFFERENT $name\n";
    $a = tempnam(sys_get_temp_dir(), 'tspa');
    $b = tempnam(sys_get_temp_dir(), 'tspb');
    file_put_contents($a, $want[0] . "\n[exit {$want[1]}]\n");
    file_put_contents($b, $ours[0] . "\n[exit {$ours[1]}]\n");
    passthru('diff -u --label ' . escapeshellarg($label) . ' --label tsp_sockets ' . escapeshellarg($a) . ' ' . escapeshellarg($b) . ' | head -n 40');
    unlink($a);
    unlink($b);
}
echo "diff: $same same, $different different\n";
exit($different ? 1 : 0);
