<?php
// diff: documented-since 8.4 ext/sockets 8.4 refuses out-of-range SO_LINGER values but names the key with unread memory; tsp_sockets names it
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['neg linger' => ['l_onoff' => 1, 'l_linger' => -1], 'big linger' => ['l_onoff' => 1, 'l_linger' => 2147483648],
          'neg onoff' => ['l_onoff' => -1, 'l_linger' => 1], 'big onoff' => ['l_onoff' => 65536, 'l_linger' => 1]] as $label => $v) {
    show("set $label", fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $v));
    show('get', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
}
