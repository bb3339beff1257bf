--TEST--
tsp_sockets: socket_addrinfo_lookup(): hints are checked key by key, for their type and range (PHP 8.5)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php85.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$cases = [
    'list' => [AF_INET],
    'integer key' => ['ai_family' => AF_INET, 0 => 1],
    'unknown key' => ['ai_family' => AF_INET, 'foo' => 1],
    'string family' => ['ai_family' => 'x'],
    'array socktype' => ['ai_socktype' => []],
    'object protocol' => ['ai_protocol' => new stdClass],
    'string flags' => ['ai_flags' => 'x'],
    /* in the array's order: the first bad entry answers */
    'bad type, then unknown key' => ['ai_family' => 'x', 'zz' => 1],
    'unknown key, then bad type' => ['zz' => 1, 'ai_family' => 'x'],
    'bad family, then bad type' => ['ai_family' => 99, 'ai_socktype' => 'x'],
    /* the family: AF_INET or AF_INET6 only */
    'family 0' => ['ai_family' => 0],
    'family AF_UNIX' => ['ai_family' => AF_UNIX],
    'family AF_PACKET' => ['ai_family' => AF_PACKET],
    'family null (0)' => ['ai_family' => null],
    'family true (1)' => ['ai_family' => true],
    /* the others: 0..INT_MAX */
    'flags -1' => ['ai_flags' => -1],
    'socktype -1' => ['ai_socktype' => -1],
    'protocol -1' => ['ai_protocol' => -1],
    'protocol INT_MAX + 1' => ['ai_protocol' => 2147483648],
    /* what an int parameter takes is taken */
    'numeric string' => ['ai_family' => '2', 'ai_socktype' => ' 1'],
    'float' => ['ai_family' => 2.0, 'ai_socktype' => 1.0],
    'socktype false' => ['ai_family' => AF_INET, 'ai_socktype' => false],
    'family AF_INET6 for an IPv4 host' => ['ai_family' => AF_INET6],
    'empty' => [],
];
foreach ($cases as $label => $hints) {
    show($label, fn() => lookup_socktypes($hints));
}
$x = AF_INET;
show('a reference', fn() => lookup_socktypes(['ai_family' => &$x, 'ai_socktype' => SOCK_DGRAM]));
?>
--EXPECTF--
list: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
integer key: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
unknown key: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
string family: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, string given
array socktype: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, array given
object protocol: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be of type int, stdClass given
string flags: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be of type int, string given
bad type, then unknown key: TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, string given
unknown key, then bad type: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
bad family, then bad type: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
family 0: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
family AF_UNIX: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
family AF_PACKET: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
family null (0): ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
family true (1): ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
flags -1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be between 0 and 2147483647
socktype -1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be between 0 and 2147483647
protocol -1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be between 0 and 2147483647
protocol INT_MAX + 1: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be between 0 and 2147483647
numeric string: string(1) "1"
float: string(1) "1"
socktype false: string(5) "1,2,3"
family AF_INET6 for an IPv4 host: string(5) "false"
empty: string(5) "1,2,3"
a reference: string(1) "2"
