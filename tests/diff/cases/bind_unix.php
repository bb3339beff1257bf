<?php
require __DIR__ . '/../inc/util.inc';
function ub(string $label, string $path, int $type = SOCK_STREAM): void
{
    $s = socket_create(AF_UNIX, $type, 0);
    show($label, fn() => socket_bind($s, $path));
    show_err("$label err", $s);
    show("$label name", function () use ($s) {
        $r = @socket_getsockname($s, $a, $p);
        return [$r, is_string($a) ? json_encode($a) : $a, $p];
    });
}
ub('plain', 'sock1');
echo 'exists: ', var_export(file_exists('sock1'), true), "\n";
ub('again same path', 'sock1');
ub('dgram', 'sock2', SOCK_DGRAM);
ub('empty', '');
ub('len 104', str_repeat('a', 104));
ub('len 106', str_repeat('b', 106));
ub('len 107', str_repeat('c', 107));
ub('len 108', str_repeat('d', 108));
ub('len 109', str_repeat('e', 109));
ub('len 200', str_repeat('f', 200));
ub('nul inside', "ab\0cd");
ub('nul at end', "nulend\0");
ub('abstract', "\0tsp_diff_abstract_" . getmypid());
ub('abstract len 107', "\0" . str_repeat('g', 106));
ub('abstract len 108', "\0" . str_repeat('h', 107));
ub('no such dir', 'nosuchdir/sock');
ub('port given', 'sock3');
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
show('with port', fn() => socket_bind($s, 'sock4', 1234));
show('name', function () use ($s) { $r = socket_getsockname($s, $a, $p); return [$r, $a, $p]; });
show('unbound unix name', function () { $s = socket_create(AF_UNIX, SOCK_STREAM, 0); $r = socket_getsockname($s, $a, $p); return [$r, $a, $p]; });
$files = glob('*'); sort($files);
foreach ($files as $f) echo strlen($f) > 20 ? 'len ' . strlen($f) : $f, "\n";
