<?php
require __DIR__ . '/../inc/util.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('initial', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
$vals = [
    'on 5' => ['l_onoff' => 1, 'l_linger' => 5],
    'off' => ['l_onoff' => 0, 'l_linger' => 0],
    'on 0' => ['l_onoff' => 1, 'l_linger' => 0],
    'onoff 7 linger 3' => ['l_onoff' => 7, 'l_linger' => 3],
    'string values' => ['l_onoff' => '1', 'l_linger' => '9'],
    'junk string values' => ['l_onoff' => 'x', 'l_linger' => 'y'],
    'float values' => ['l_onoff' => 1.5, 'l_linger' => 2.5],
    'null values' => ['l_onoff' => null, 'l_linger' => null],
    'array value' => ['l_onoff' => [], 'l_linger' => 1],
    'extra keys' => ['l_onoff' => 1, 'l_linger' => 4, 'x' => 1],
    'reverse order' => ['l_linger' => 6, 'l_onoff' => 1],
    'missing l_linger' => ['l_onoff' => 1],
    'missing l_onoff' => ['l_linger' => 1],
    'empty array' => [],
    'list' => [1, 5],
    'wrong case' => ['L_ONOFF' => 1, 'L_LINGER' => 5],
];
foreach ($vals as $label => $v) {
    show("set $label", fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $v));
    show("get", fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
}
foreach (['int 1' => 1, 'int 0' => 0, 'string' => 'abc', 'null' => null, 'true' => true, 'float' => 1.5, 'object' => new stdClass] as $label => $v) {
    show("set non-array $label", fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $v));
}
show('get', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
$obj = new ArrayObject(['l_onoff' => 1, 'l_linger' => 1]);
show('set ArrayObject', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $obj));
$ref = 8;
$arr = ['l_onoff' => 1, 'l_linger' => &$ref];
show('set with reference', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $arr));
show('get', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('setopt alias', fn() => socket_setopt($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 2]));
show('getopt alias', fn() => socket_getopt($s, SOL_SOCKET, SO_LINGER));
show('linger on udp', fn() => socket_set_option(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP), SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 2]));
show('linger wrong level', fn() => socket_set_option($s, SOL_TCP, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 2]));
show('linger wrong level get', fn() => socket_get_option($s, SOL_TCP, SO_LINGER));
