<?php
require __DIR__ . '/../inc/util.inc';
foreach (['SO_RCVTIMEO' => SO_RCVTIMEO, 'SO_SNDTIMEO' => SO_SNDTIMEO] as $name => $opt) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    show("$name initial", fn() => socket_get_option($s, SOL_SOCKET, $opt));
    $vals = [
        '1.5s' => ['sec' => 1, 'usec' => 500000],
        'zero' => ['sec' => 0, 'usec' => 0],
        'usec only' => ['sec' => 0, 'usec' => 1000],
        'usec 1' => ['sec' => 0, 'usec' => 1],
        'usec 999999' => ['sec' => 2, 'usec' => 999999],
        'usec 1000000' => ['sec' => 0, 'usec' => 1000000],
        'usec 2500000' => ['sec' => 1, 'usec' => 2500000],
        'neg sec' => ['sec' => -1, 'usec' => 0],
        'neg usec' => ['sec' => 1, 'usec' => -1],
        'huge sec' => ['sec' => PHP_INT_MAX, 'usec' => 0],
        'strings' => ['sec' => '3', 'usec' => '4'],
        'junk strings' => ['sec' => 'a', 'usec' => 'b'],
        'floats' => ['sec' => 1.9, 'usec' => 2.9],
        'nulls' => ['sec' => null, 'usec' => null],
        'extra keys' => ['sec' => 4, 'usec' => 0, 'x' => 9],
        'missing usec' => ['sec' => 1],
        'missing sec' => ['usec' => 1],
        'empty' => [],
        'list' => [1, 2],
    ];
    foreach ($vals as $label => $v) {
        show("$name set $label", fn() => socket_set_option($s, SOL_SOCKET, $opt, $v));
        show("$name get", fn() => socket_get_option($s, SOL_SOCKET, $opt));
    }
    foreach (['int' => 5, 'string' => '5', 'null' => null, 'object' => new stdClass] as $label => $v) {
        show("$name set non-array $label", fn() => socket_set_option($s, SOL_SOCKET, $opt, $v));
    }
    show("$name get", fn() => socket_get_option($s, SOL_SOCKET, $opt));
    show("$name getopt alias", fn() => socket_getopt($s, SOL_SOCKET, $opt));
}
// the timeout really applies
[$c, $a] = tcp_pair();
socket_set_option($a, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 50000]);
$t = microtime(true);
show('read times out', fn() => socket_read($a, 10));
echo 'took under 1s: ', var_export(microtime(true) - $t < 1, true), "\n";
show_err('err', $a);
