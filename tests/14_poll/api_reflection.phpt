--TEST--
tsp_sockets: Io\Poll: every class, enum, case, method, parameter, constant and flag of PHP 8.6's polling API, by Reflection, against the listing of PHP 8.6 itself (api-8.6.txt)
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/api-dump.inc';
/* what this copy of Time\Duration leaves out (binding/tsp_iopoll_duration.c) */
$left_out = ['fromIso8601DurationString', 'negate', 'absolute', 'add', 'sub', 'multiplyBy', 'divideBy', 'compare'];
$norm = function (string $listing) use ($left_out): array {
    $lines = [];
    foreach (explode("\n", trim($listing)) as $l) {
        if ($l === '' || $l[0] === '#') {
            continue;
        }
        if (PHP_VERSION_ID < 80300) {
            $l = preg_replace('/ type \w+$/', '', $l); /* class constants have no type before PHP 8.3 */
        }
        if (!class_exists('Io\Poll\Context', false) || (new ReflectionClass('Time\Duration'))->getExtensionName() !== 'date') {
            if (preg_match('/^  method public (static )?(' . implode('|', $left_out) . ')\(/', $l)) {
                continue;
            }
        }
        $lines[] = $l;
    }
    return $lines;
};
$want = $norm(file_get_contents(__DIR__ . '/api-8.6.txt'));
$got = $norm(tsp_api_listing());
/* SocketPollHandle is tsp_sockets' own: PHP 8.6 has none */
$got_api = [];
$in_socket = false;
foreach ($got as $l) {
    if (preg_match('/^(class|interface|enum) /', $l)) {
        $in_socket = str_starts_with($l, 'class SocketPollHandle ');
    }
    if (!$in_socket) {
        $got_api[] = $l;
    }
}
$missing = array_diff($want, $got_api);
$unexpected = array_diff($got_api, $want);
echo count($want) > 90 ? "listing of PHP 8.6 read\n" : "listing too short\n";
echo $missing ? "missing here:\n  " . implode("\n  ", $missing) . "\n" : "nothing missing\n";
echo $unexpected ? "not in PHP 8.6:\n  " . implode("\n  ", $unexpected) . "\n" : "nothing more\n";
echo $got_api === array_values(array_diff($want, $missing)) ? "same order\n" : "order differs\n";
/* and SocketPollHandle, where tsp_sockets provides it */
if (class_exists('SocketPollHandle')) {
    foreach ($got as $l) {
        if (str_starts_with($l, 'class SocketPollHandle') || (isset($on) && $on && str_starts_with($l, '  '))) {
            $on = true;
            echo $l, "\n";
        } else {
            $on = false;
        }
    }
} else {
    echo "class SocketPollHandle [final, instantiable, internal]\n  implements Io\Poll\Handle\n  method public __construct(Socket \$socket): - [1 required]\n  method public getSocket(): Socket [0 required]\n  method public isValid(): bool [0 required]\n";
}
?>
--EXPECT--
listing of PHP 8.6 read
nothing missing
nothing more
same order
class SocketPollHandle [final, instantiable, internal]
  implements Io\Poll\Handle
  method public __construct(Socket $socket): - [1 required]
  method public getSocket(): Socket [0 required]
  method public isValid(): bool [0 required]
