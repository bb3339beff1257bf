--TEST--
tsp_sockets: constants: every constant of the bundled sockets extension exists with the same value
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
if (!is_file(ini_get('extension_dir') . '/sockets.so')) die('skip the bundled sockets.so is not installed');
?>
--FILE--
<?php
$theirs = json_decode(shell_exec(escapeshellarg(PHP_BINARY) . ' -n -d extension=sockets -r '
    . escapeshellarg('echo json_encode(get_defined_constants(true)["sockets"]);')), true);
$ours = get_defined_constants(true)['sockets'];   /* tsp_sockets answers to the name */
echo 'bundled: ', count($theirs) > 200 ? 'over 200' : count($theirs), "\n";
$missing = array_diff_key($theirs, $ours);
$different = [];
foreach ($theirs as $name => $value) {
    if (array_key_exists($name, $ours) && $ours[$name] !== $value) {
        $different[$name] = [$value, $ours[$name]];
    }
}
var_dump($missing, $different);
/* what tsp_sockets adds (PHP 8.3/8.4 constants, and a few of its own) */
$extra = array_keys(array_diff_key($ours, $theirs));
sort($extra);
echo implode(' ', $extra), "\n";
?>
--EXPECTF--
bundled: over 200
array(0) {
}
array(0) {
}
%s
