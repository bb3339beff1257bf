--TEST--
tsp_sockets: IP_MULTICAST_IF with an interface that has no IPv4 address, and after the address set is removed (private network namespace)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc';
exec('unshare -rn sh -c "ip link add tspbr0 type bridge" 2>&1', $o, $rc);
if ($rc !== 0) die('skip needs unshare -rn and ip (iproute2)');
?>
--FILE--
<?php
/* The checks run in a network namespace of their own (its loopback and a
 * bridge without an address are changed freely), in a PHP with this same
 * extension, found in the process's own mappings. */
preg_match('~\S*/tsp_sockets\.so$~m', file_get_contents('/proc/self/maps'), $m);
$child = <<<'PHP'
function t($l, $f) { echo "$l: "; try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
exec('ip link set lo up; ip link add tspbr0 type bridge; ip link set tspbr0 up');
$lo = (int) file_get_contents('/sys/class/net/lo/ifindex');
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('interface without IPv4', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 'tspbr0'));
t('set lo', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 'lo'));
t('get is lo', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF) === $lo);
exec('ip addr del 127.0.0.1/8 dev lo');
t('get after the address is gone', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
t('socket error', fn() => socket_last_error($u));
PHP;
passthru('unshare -rn ' . escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg($m[0])
    . ' -d display_errors=1 -d html_errors=0 -d error_reporting=-1 -r ' . escapeshellarg($child) . ' 2>&1');
?>
--EXPECTF--
interface without IPv4: 
Warning: socket_set_option(): Failed obtaining address for interface %d: error 99 in Command line code on line %d
bool(false)
set lo: bool(true)
get is lo: bool(true)
get after the address is gone: 
Warning: socket_get_option(): The interface with IP address 127.0.0.1 was not found in Command line code on line %d
bool(false)
socket error: int(0)
