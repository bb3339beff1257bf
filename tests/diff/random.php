<?php
/*
 * tsp_sockets random differential mode.
 *
 * Generates scripts of 8 to 30 operations across the socket_* functions (valid and
 * wrong arguments and types, closed and reused sockets, options with every value
 * kind, sendmsg/recvmsg messages, streams from socket_export_stream(),
 * socket_import_stream() and stream_socket_server(), socket_select() with mixed
 * arrays), runs each with the same PHP under the bundled ext/sockets and under
 * tsp_sockets, and compares what they print, operation by operation.
 *
 *   php -n tests/diff/random.php --php BIN --ext TSP_SO [--seed S] [--count N]
 *        [--oracle "-d extension=sockets"] [--timeout S] [--findings DIR] [--netns auto|0]
 *        [--extra-rules FILE] [-v]
 *   php -n tests/diff/random.php SEED N            the same, with the defaults
 *   php -n tests/diff/random.php --print SEED      the script of one seed, to stdout
 *
 * Seeds S .. S+N-1 each give one script (default S=1, N=50); the script of a seed is
 * always the same for a given PHP (the generator picks only constants the oracle's
 * ext/sockets defines) and isolation (below). Generator: inc/random_gen.inc; the
 * runtime each script starts with (how results are printed, what is hidden so that
 * two runs can be compared: object and resource ids, ephemeral ports, temp paths,
 * pids; how nothing blocks): inc/random_rt.inc.
 *
 * Each run gets its own temporary directory and, when `unshare -n` works (--netns
 * auto, the default), its own network namespace with only lo up: then the scripts may
 * also bind wildcard addresses and look up names that need a resolver. With --netns 0
 * they use loopback addresses, "localhost" and unix paths only.
 *
 * A difference is accepted only when a rule of inc/random_rules.inc explains it (each
 * rule names a documented difference and says why); anything else is a finding. A
 * script that differs is run again under both: if the rerun does not show the same
 * first difference, it is reported as UNSTABLE (output that depends on the run: a
 * generator defect to fix, or uninitialised memory), still counted as different. A
 * script that the time limit killed under both is reported as HANG. A
 * different script is saved as DIR/seed-S.php with both outputs (DIR defaults to
 * sys_get_temp_dir()/tsp_sockets-diff-findings, outside the repository); rerun it from
 * an empty directory (it binds unix sockets there) with
 *   php -n -d extension=sockets DIR/seed-S.php   and   php -n -d extension=TSP_SO DIR/seed-S.php
 *
 * --extra-rules FILE adds rules (a PHP file returning an array in the format of
 * inc/random_rules.inc, where a rule may also give 'label', a regex the op's source
 * must match, and may leave out 'tag'): for differences that are known and being
 * fixed, so that a run looks past them. Such a file stays outside the repository.
 *
 * Last line: "diff-random: N same, N different"; exit status 1 when any differs.
 */

require __DIR__ . '/inc/random_gen.inc';

$opt = [
    'php' => PHP_BINARY,
    'ext' => dirname(__DIR__, 2) . '/modules/tsp_sockets.so',
    'oracle' => '-d extension=sockets',
    'seed' => '1',
    'count' => '50',
    'timeout' => '10',
    'findings' => sys_get_temp_dir() . '/tsp_sockets-diff-findings',
    'netns' => 'auto',
    'extra-rules' => null,
    'print' => null,
    'v' => false,
];
$pos = [];
for ($i = 1; $i < $argc; $i++) {
    $a = $argv[$i];
    if ($a === '-v') { $opt['v'] = true; continue; }
    if (substr($a, 0, 2) === '--' && array_key_exists(substr($a, 2), $opt) && isset($argv[$i + 1])) { $opt[substr($a, 2)] = $argv[++$i]; continue; }
    if (preg_match('/^\d+$/', $a)) { $pos[] = $a; continue; }
    fwrite(STDERR, "unknown argument $a\n");
    exit(2);
}
if ($pos) {
    $opt['seed'] = $pos[0];
    $opt['count'] = $pos[1] ?? $opt['count'];
}

/*
 * The oracle's socket constants (name => value: the generator uses no other) and
 * functions (name => [[parameter, by reference, optional], ...]).
 */
function oracle_info(string $php, string $oracle): array
{
    $code = '$f = [];
        foreach ((new ReflectionExtension("sockets"))->getFunctions() as $fn) {
            $f[$fn->getName()] = array_map(fn ($p) => [$p->getName(), $p->isPassedByReference(), $p->isOptional()], $fn->getParameters());
        }
        echo json_encode(["constants" => get_defined_constants(true)["sockets"], "functions" => $f]);';
    $cmd = escapeshellarg($php) . ' -n ' . $oracle . ' -r ' . escapeshellarg($code) . ' 2>/dev/null';
    $c = json_decode((string) shell_exec($cmd), true);
    if (!is_array($c)) {
        fwrite(STDERR, "random: the oracle ($php -n $oracle) has no sockets extension\n");
        exit(2);
    }
    return $c;
}

function php_version(string $php): int
{
    return (int) shell_exec(escapeshellarg($php) . ' -n -r ' . escapeshellarg('echo PHP_MAJOR_VERSION * 100 + PHP_MINOR_VERSION;'));
}

function netns_works(): bool
{
    exec("unshare -n sh -c 'ip link set lo up' 2>/dev/null", $o, $rc);
    return $rc === 0;
}

/* Runs one script; returns [normalised output, exit status]. */
function run_script(string $script, string $args, array $opt, bool $netns): array
{
    $tmp = sys_get_temp_dir() . '/tsprand.' . getmypid() . '.' . bin2hex(random_bytes(4));
    mkdir($tmp);
    file_put_contents("$tmp/script.php", $script);
    $token = bin2hex(random_bytes(4));
    $cmd = 'timeout -s KILL ' . (int) $opt['timeout'] . ' ' . escapeshellarg($opt['php']) . ' -n ' . $args
        . ' -d display_errors=1 -d error_reporting=-1 -d html_errors=0 -d log_errors=0 -d memory_limit=128M script.php';
    if ($netns) {
        $cmd = "unshare -n sh -c 'ip link set lo up && exec \"\$0\" \"\$@\"' " . $cmd;
    }
    $t0 = microtime(true);
    $p = proc_open('exec ' . $cmd . ' 2>&1', [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w']], $pipes, $tmp,
        ['TSP_RAND_TOKEN' => $token, 'PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    $status = proc_close($p);
    exec('rm -rf ' . escapeshellarg($tmp));
    $out = str_replace([$tmp, $token], ['%TMP%', '%TOK%'], $out);
    if ($status !== 0 && microtime(true) - $t0 >= (int) $opt['timeout'] - 1) {
        $out .= "[killed after {$opt['timeout']}s]\n";
    }
    return [$out, $status];
}

/* Output lines by op: "1".."N", "end", then "tail" (what follows the last record). */
function records(string $out): array
{
    $rec = [];
    $pending = '';
    $trace = false;   /* inside a "Stack trace:" (PHP 8.5 prints one for fatal errors too): its "#N" lines are not records */
    foreach (explode("\n", rtrim($out, "\n")) as $line) {
        $trace = $line === 'Stack trace:' || ($trace && preg_match('/^#\d+ /', $line));
        if (!$trace && preg_match('/^#(\d+|end)\b/', $line, $m)) {
            $rec[$m[1]] = $pending . $line;
            $pending = '';
        } else {
            $pending .= $line . "\n";
        }
    }
    if ($pending !== '') {
        $rec['tail'] = $pending;
    }
    return $rec;
}

/*
 * Compares two runs op by op. Returns ['same' => bool, 'at' => key of the first
 * unexplained difference, 'rules' => names of the rules that explained others].
 */
function compare(array $ops, array $a, array $b, array $rules, int $version): array
{
    $ra = records($a[0]);
    $rb = records($b[0]);
    $keys = array_merge(array_map('strval', range(1, count($ops))), ['end', 'tail', 'exit']);
    $ra['exit'] = 'exit ' . $a[1];
    $rb['exit'] = 'exit ' . $b[1];
    $used = [];
    $accepted = [];
    $lastTags = $ops ? $ops[count($ops) - 1]['tags'] : [];
    foreach ($keys as $k) {
        $x = $ra[$k] ?? null;
        $y = $rb[$k] ?? null;
        if ($x === $y) {
            continue;
        }
        $isOp = preg_match("/^\d+$/", $k);
        $tags = $isOp ? $ops[(int) $k - 1]['tags'] : $lastTags;
        $label = $isOp ? $ops[(int) $k - 1]['label'] : '';
        $hit = null;
        foreach ($rules as $name => $rule) {
            if ((isset($rule['tag']) && !in_array($rule['tag'], $tags, true)) || (isset($rule['since']) && $version < $rule['since'])
                || (isset($rule['before']) && $version >= $rule['before'])
                || (isset($rule['label']) && !preg_match($rule['label'], $label))) {
                continue;
            }
            if (isset($rule['when']) && !($rule['when'])($x, $y, $a[0], $b[0], $a[1], $b[1])) {
                continue;
            }
            $hit = $name;
            break;
        }
        if ($hit === null) {
            return ['same' => false, 'at' => $k, 'rules' => $used, 'ra' => $ra, 'rb' => $rb, 'accepted' => $accepted];
        }
        $used[] = $hit;
        $accepted[$k] = $hit;
        if ($rules[$hit]['scope'] === 'rest') {
            break;
        }
    }
    return ['same' => true, 'at' => null, 'rules' => $used];
}

/*
 * The first unexplained difference with the two records before it: "-" ext/sockets,
 * "+" tsp_sockets, "~" tsp_sockets where a rule explained the difference, "  " the same.
 */
function show_difference(array $cmp, int $limit = 16): string
{
    $keys = array_map('strval', array_keys($cmp['ra'] + $cmp['rb']));
    $at = (int) array_search((string) $cmp['at'], $keys, true);
    $s = '';
    foreach (array_slice($keys, max(0, $at - 2), 3) as $k) {
        $x = $cmp['ra'][$k] ?? '(missing)';
        $y = $cmp['rb'][$k] ?? '(missing)';
        if ($x === $y) {
            $s .= '  ' . str_replace("\n", "\n  ", rtrim($x)) . "\n";
        } elseif (isset($cmp['accepted'][$k])) {
            $s .= '~ ' . str_replace("\n", "\n~ ", rtrim($y)) . '  (rule ' . $cmp['accepted'][$k] . ")\n";
        } else {
            $s .= '- ' . str_replace("\n", "\n- ", rtrim($x)) . "\n";
            $s .= '+ ' . str_replace("\n", "\n+ ", rtrim($y)) . "\n";
        }
    }
    $lines = explode("\n", rtrim($s));
    return implode("\n", array_map(fn ($l) => strlen($l) > 600 ? substr($l, 0, 600) . '...' : $l, array_slice($lines, 0, $limit))) . "\n";
}

$info = oracle_info($opt['php'], $opt['oracle']);
$netns = $opt['netns'] !== '0' && netns_works();
$runtime = file_get_contents(__DIR__ . '/inc/random_rt.inc');

if ($opt['print'] !== null) {
    $g = new TspRandomGen((int) $opt['print'], $info['constants'], $netns, $info['functions']);
    echo TspRandomGen::script($g->generate(), $runtime);
    exit(0);
}

$rules = require __DIR__ . '/inc/random_rules.inc';
if ($opt['extra-rules'] !== null) {
    $rules += require $opt['extra-rules'];
}
$version = php_version($opt['php']);
$ours = '-d extension=' . escapeshellarg($opt['ext']);
$same = $different = $unstable = 0;
$ruleCount = [];
$first = (int) $opt['seed'];
$count = (int) $opt['count'];
if (!is_file($opt['ext'])) {
    fwrite(STDERR, "random: no extension {$opt['ext']}\n");
    exit(2);
}
if ($opt['v']) {
    echo 'seeds ', $first, '..', $first + $count - 1, $netns ? ', each run in a private network namespace' : ', loopback and unix only', "\n";
}
for ($seed = $first; $seed < $first + $count; $seed++) {
    $g = new TspRandomGen($seed, $info['constants'], $netns, $info['functions']);
    $ops = $g->generate();
    $script = TspRandomGen::script($ops, $runtime);
    $a = run_script($script, $opt['oracle'], $opt, $netns);
    $b = run_script($script, $ours, $opt, $netns);
    $cmp = compare($ops, $a, $b, $rules, $version);
    if ($cmp['same'] && !str_contains($a[0], '[killed after')) {
        $same++;
        foreach ($cmp['rules'] as $r) {
            $ruleCount[$r] = ($ruleCount[$r] ?? 0) + 1;
        }
        if ($opt['v']) echo "same      seed $seed (", count($ops), ' ops', $cmp['rules'] ? '; rules: ' . implode(', ', $cmp['rules']) : '', ")\n";
        continue;
    }
    /* again, to tell a finding from a script whose output is not reproducible */
    $a2 = run_script($script, $opt['oracle'], $opt, $netns);
    $b2 = run_script($script, $ours, $opt, $netns);
    $cmp2 = compare($ops, $a2, $b2, $rules, $version);
    $stable = $cmp['same']
        ? str_contains($a2[0], '[killed after')
        : !$cmp2['same'] && (string) $cmp2['at'] === (string) $cmp['at']
            && ($cmp2['ra'][$cmp['at']] ?? null) === ($cmp['ra'][$cmp['at']] ?? null)
            && ($cmp2['rb'][$cmp['at']] ?? null) === ($cmp['rb'][$cmp['at']] ?? null);
    $different++;
    $label = $cmp['same'] ? 'HANG     ' : ($stable ? 'DIFFERENT' : 'UNSTABLE ');
    if (!$stable) $unstable++;
    $at = $cmp['at'];
    $what = $at !== null && preg_match("/^\d+$/", (string) $at) ? "op $at: " . substr($ops[(int) $at - 1]['label'], 0, 100) : (string) $at;
    echo "$label seed $seed ($what)\n";
    if (!$cmp['same']) {
        echo show_difference($cmp);
    }
    if (!is_dir($opt['findings'])) {
        mkdir($opt['findings'], 0777, true);
    }
    $base = rtrim($opt['findings'], '/') . "/seed-$seed";
    file_put_contents("$base.php", $script);
    file_put_contents("$base.ext-sockets.out", $a[0] . "[exit {$a[1]}]\n");
    file_put_contents("$base.tsp_sockets.out", $b[0] . "[exit {$b[1]}]\n");
    echo "  saved $base.php\n";
}
if ($ruleCount) {
    ksort($ruleCount);
    echo 'documented differences seen: ', implode(', ', array_map(fn ($k, $v) => "$k x$v", array_keys($ruleCount), $ruleCount)), "\n";
}
if ($unstable) {
    echo "of the different, $unstable not reproducible (UNSTABLE)\n";
}
echo "diff-random: $same same, $different different\n";
exit($different ? 1 : 0);
