<?php
// socket_addrinfo_lookup() hints of every type, range and key shape, in different orders
require __DIR__ . '/../inc/util.inc';
function socktypes(array $hints)
{
    $r = socket_addrinfo_lookup('127.0.0.1', '80', $hints);
    return is_array($r) ? implode(',', array_map(fn($a) => socket_addrinfo_explain($a)['ai_socktype'], $r)) : $r;
}
$x = AF_INET;
$cases = [
    [], [1, 2], [AF_INET], ['ai_family' => AF_INET, 5 => 1], [3 => 1, 'ai_family' => 'bad'],
    ['ai_family' => 'bad', 'nope' => 1], ['nope' => 1, 'ai_family' => 'bad'],
    ['ai_family' => 99, 'ai_socktype' => 'bad'], ['ai_socktype' => 'bad', 'ai_family' => 99],
    ['ai_family' => AF_INET6], ['ai_family' => 0], ['ai_family' => 1], ['ai_family' => 17], ['ai_family' => -1],
    ['ai_family' => null], ['ai_family' => true], ['ai_family' => false], ['ai_family' => 2.0], ['ai_family' => 2.7],
    ['ai_family' => '2'], ['ai_family' => ' 2'], ['ai_family' => '2x'], ['ai_family' => []], ['ai_family' => [2]],
    ['ai_family' => new stdClass], ['ai_family' => PHP_INT_MAX], ['ai_family' => &$x],
    ['ai_socktype' => -1], ['ai_socktype' => 99], ['ai_socktype' => 2147483647], ['ai_socktype' => 2147483648],
    ['ai_protocol' => -1], ['ai_protocol' => 17], ['ai_protocol' => 'udp'], ['ai_flags' => -1], ['ai_flags' => AI_NUMERICHOST],
    ['ai_flags' => 'x'], ['AI_FAMILY' => 2], ['ai_family ' => 2],
];
foreach ($cases as $i => $hints) {
    show("hints $i " . str_replace("\n", '', var_export($hints, true)), fn() => socktypes($hints));
}
