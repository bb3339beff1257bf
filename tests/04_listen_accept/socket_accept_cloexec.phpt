--TEST--
tsp_sockets: socket_accept(): the accepted socket is close-on-exec (PHP 8.4 behaviour)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!is_dir('/proc/self/fdinfo')) die('skip needs /proc/self/fdinfo'); ?>
--FILE--
<?php
function cloexec_fds(): array {
    $out = [];
    foreach (scandir('/proc/self/fdinfo') as $n) {
        if (!preg_match('/^\d+$/', $n)) continue;
        $info = @file_get_contents("/proc/self/fdinfo/$n");
        if ($info && preg_match('/^flags:\s+(\d+)/m', $info, $m) && (octdec($m[1]) & 02000000)) {
            $out[] = (int) $n;
        }
    }
    return $out;
}
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1');
socket_listen($l);
socket_getsockname($l, $addr, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$before = cloexec_fds();
$a = socket_accept($l);
$new = array_values(array_diff(cloexec_fds(), $before));
var_dump(count($new));
?>
--EXPECT--
int(1)
