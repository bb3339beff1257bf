--TEST--
tsp_sockets: Io\Poll comes from PHP where PHP has it (8.6 on): tsp_sockets then declares none of it, nor SocketPollHandle, and its phpinfo() says which it provides
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!extension_loaded('tsp_sockets')) die('skip tsp_sockets is not loaded'); ?>
--FILE--
<?php
$php86 = PHP_VERSION_ID >= 80600;
$api = array_filter(array_merge(get_declared_classes(), get_declared_interfaces()),
    fn ($c) => str_starts_with($c, 'Io\\') || $c === 'StreamPollHandle');
$from = array_values(array_unique(array_map(fn ($c) => (new ReflectionClass($c))->getExtensionName(), $api)));
echo count($api), ' names of Io\Poll, from ', $from === [$php86 ? 'standard' : 'tsp_sockets'] ? 'where expected' : json_encode($from), "\n";
$d = (new ReflectionClass('Time\Duration'))->getExtensionName();
echo 'Time\Duration from ', $d === ($php86 ? 'date' : 'tsp_sockets') ? 'where expected' : $d, "\n";
echo 'SocketPollHandle ', class_exists('SocketPollHandle') === !$php86 ? 'as expected' : 'not as expected', "\n";
$own = array_keys((new ReflectionExtension('tsp_sockets'))->getClasses());
$own = array_values(preg_grep('/Poll|^Io\\\\|^Time\\\\/', $own));
$want = $php86 ? [] : array_merge($api, ['Time\TimeException', 'Time\Duration', 'SocketPollHandle']);
sort($own);
sort($want);
echo 'tsp_sockets\' classes of it: ', $own === $want ? 'as expected' : json_encode($own), "\n";
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match_all('/^(Io\\\\Poll \(PHP 8.6\'s polling API\)|Time\\\\Duration|SocketPollHandle) => (.*)$/m', $info, $rows, PREG_SET_ORDER);
foreach ($rows as [, $k, $v]) {
    $want = $php86 ? ['PHP\'s own', 'PHP\'s own', 'not provided'] : ['provided by tsp_sockets', 'provided by tsp_sockets', 'provided'];
    $i = ['Io\Poll (PHP 8.6\'s polling API)' => 0, 'Time\Duration' => 1, 'SocketPollHandle' => 2][$k];
    echo $k, ': ', str_starts_with($v, $want[$i]) ? 'as expected' : $v, "\n";
}
?>
--EXPECTF--
%d names of Io\Poll, from where expected
Time\Duration from where expected
SocketPollHandle as expected
tsp_sockets' classes of it: as expected
Io\Poll (PHP 8.6's polling API): as expected
Time\Duration: as expected
SocketPollHandle: as expected
