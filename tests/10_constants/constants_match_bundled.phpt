--TEST--
tsp_sockets: constants: every constant of the bundled sockets extension exists with the same value
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc'; /* the values are Linux's */
require __DIR__ . '/../inc/skipif_bundled.inc';
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
/* the values of what tsp_sockets adds, as Linux numbers them on the
 * architectures of <asm-generic/socket.h> (x86, arm, riscv, ...; a few others
 * number the SO_* and SOCK_* options their own way): PHP 8.5's additions,
 * PHP 8.4's, and tsp_sockets' own */
$values = ['AF_PACKET' => 17, 'ETH_P_ALL' => 3, 'ETH_P_IP' => 0x0800, 'ETH_P_IPV6' => 0x86DD, 'ETH_P_LOOP' => 0x0060,
    'IPPROTO_ICMP' => 1, 'IPPROTO_ICMPV6' => 58, 'SHUT_RD' => 0, 'SHUT_WR' => 1, 'SHUT_RDWR' => 2,
    'SO_BUSY_POLL' => 46, 'UDP_SEGMENT' => 103,
    'IP_BIND_ADDRESS_NO_PORT' => 24, 'IP_MTU_DISCOVER' => 10, 'IP_PMTUDISC_DO' => 2, 'IP_PMTUDISC_DONT' => 0,
    'IP_PMTUDISC_INTERFACE' => 4, 'IP_PMTUDISC_OMIT' => 5, 'IP_PMTUDISC_PROBE' => 3, 'IP_PMTUDISC_WANT' => 1,
    'SOCK_CLOEXEC' => 02000000, 'SOCK_DCCP' => 6, 'SOCK_NONBLOCK' => 04000, 'SOL_UDPLITE' => 136,
    'SO_ATTACH_REUSEPORT_CBPF' => 51, 'SO_BINDTOIFINDEX' => 62, 'SO_DETACH_BPF' => 27, 'SO_DETACH_FILTER' => 27,
    'TCP_QUICKACK' => 12, 'TCP_REPAIR' => 19, 'TCP_SYNCNT' => 7,
    'SO_ACCEPTCONN' => 30, 'SO_PEERCRED' => 17, 'SO_PRIORITY' => 12, 'TCP_USER_TIMEOUT' => 18];
$generic = preg_match('/^(x86_64|i[3-6]86|aarch64|arm.*|riscv64|loongarch64)$/', php_uname('m'));
$unchecked = array_diff($want, array_keys($values));
echo 'values: ', $unchecked ? 'no value to check for ' . implode(' ', $unchecked) : 'one for every addition', "\n";
foreach ($generic ? $values : [] as $name => $value) {
    if (($ours[$name] ?? null) !== $value) {
        echo "$name: ", var_export($ours[$name] ?? null, true), " (Linux: $value)\n";
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
values: one for every addition
