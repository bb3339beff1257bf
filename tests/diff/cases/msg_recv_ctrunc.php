<?php
// socket_recvmsg(): a control buffer too small for what arrived: the kernel cuts the message
// (MSG_CTRUNC), and a cut IPV6_PKTINFO or IPV6_HOPLIMIT element is refused, not made up
require __DIR__ . '/../inc/util.inc';
$a = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($a, '::1', 0);
$b = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
socket_bind($b, '::1', 0);
socket_getsockname($b, $x, $pb);
socket_set_option($b, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1);
foreach ([20, 24, 36, 40] as $cl) {
    socket_sendto($a, 'hello', 5, 0, '::1', $pb);
    $m = ['name' => [], 'buffer_size' => 100, 'controllen' => $cl];
    echo "== pktinfo, controllen $cl\n";
    var_dump(socket_recvmsg($b, $m, 0));
    var_dump($m === false ? false : [count($m['control']), $m['flags'] & MSG_CTRUNC, $m['iov']]);
}
socket_set_option($b, IPPROTO_IPV6, IPV6_RECVPKTINFO, 0);
socket_set_option($b, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1);
foreach ([16, 18, 20] as $cl) {
    socket_sendto($a, 'hi', 2, 0, '::1', $pb);
    $m = ['buffer_size' => 100, 'controllen' => $cl];
    echo "== hoplimit, controllen $cl\n";
    var_dump(socket_recvmsg($b, $m, 0));
    var_dump($m === false ? false : [$m['control'], $m['flags'] & MSG_CTRUNC]);
}
