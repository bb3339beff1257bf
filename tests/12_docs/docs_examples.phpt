--TEST--
docs: every example of the reference manual (docs/) prints what its page says
--FILE--
<?php
require __DIR__ . '/../inc/docs_examples.inc';

$ext = getenv('TSP_EXT') ?: realpath(__DIR__ . '/../../modules/tsp_sockets.so');
$checked = $different = 0;
foreach (docs_examples(realpath(__DIR__ . '/../../docs')) as [$page, $n, $code, $expected]) {
    $checked++;
    $out = docs_run_example(PHP_BINARY, $ext, $code);
    if ($out === null) {
        $different++;
        echo "$page example $n: timed out\n";
    } elseif (rtrim($out) !== rtrim($expected)) {
        $different++;
        echo "$page example $n: different output\n--- expected\n", $expected, "--- got\n", $out, "\n";
    }
}
echo "examples: $checked checked, $different different\n";
?>
--EXPECT--
examples: 56 checked, 0 different
