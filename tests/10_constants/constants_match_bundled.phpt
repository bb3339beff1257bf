--TEST--
tsp_sockets: constants: every constant of the bundled sockets extension exists with the same value
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_bundled.inc'; ?>
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
/* what tsp_sockets adds: the constants of later PHP versions, and a few of its own */
$own = ['SO_ACCEPTCONN', 'SO_PEERCRED', 'SO_PRIORITY', 'TCP_USER_TIMEOUT'];
$php84 = ['IP_BIND_ADDRESS_NO_PORT', 'IP_MTU_DISCOVER', 'IP_PMTUDISC_DO', 'IP_PMTUDISC_DONT', 'IP_PMTUDISC_INTERFACE',
    'IP_PMTUDISC_OMIT', 'IP_PMTUDISC_PROBE', 'IP_PMTUDISC_WANT', 'SOCK_CLOEXEC', 'SOCK_DCCP', 'SOCK_NONBLOCK',
    'SOL_UDPLITE', 'SO_ATTACH_REUSEPORT_CBPF', 'SO_BINDTOIFINDEX', 'SO_DETACH_BPF', 'SO_DETACH_FILTER',
    'TCP_QUICKACK', 'TCP_REPAIR', 'TCP_SYNCNT'];
$php85 = ['AF_PACKET', 'ETH_P_ALL', 'ETH_P_IP', 'ETH_P_IPV6', 'ETH_P_LOOP', 'IPPROTO_ICMP', 'IPPROTO_ICMPV6',
    'SHUT_RD', 'SHUT_RDWR', 'SHUT_WR', 'SO_BUSY_POLL', 'UDP_SEGMENT'];
$want = array_merge($own, PHP_VERSION_ID < 80300 ? $php84 : [], PHP_VERSION_ID < 80500 ? $php85 : []);
$extra = array_keys(array_diff_key($ours, $theirs));
sort($want);
sort($extra);
echo 'extras: ', $extra === $want ? 'as expected for PHP ' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION
    : 'unexpected: ' . implode(' ', array_diff($extra, $want)) . ' / missing: ' . implode(' ', array_diff($want, $extra)), "\n";
/* the values PHP 8.5 gives its additions */
$values = ['AF_PACKET' => 17, 'ETH_P_ALL' => 3, 'ETH_P_IP' => 0x0800, 'ETH_P_IPV6' => 0x86DD, 'ETH_P_LOOP' => 0x0060,
    'IPPROTO_ICMP' => 1, 'IPPROTO_ICMPV6' => 58, 'SHUT_RD' => 0, 'SHUT_WR' => 1, 'SHUT_RDWR' => 2,
    'SO_BUSY_POLL' => 46, 'UDP_SEGMENT' => 103];
foreach ($values as $name => $value) {
    if (($ours[$name] ?? null) !== $value) {
        echo "$name: ", var_export($ours[$name] ?? null, true), " (PHP 8.5: $value)\n";
    }
}
?>
--EXPECTF--
bundled: over 200
array(0) {
}
array(0) {
}
extras: as expected for PHP %d.%d
