--TEST--
tsp_sockets: socket_addrinfo_lookup(): unknown hint keys are refused, values read as ints (PHP 8.2 to 8.4)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php_pre85.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
$cases = [
    /* integer keys are skipped */
    'list' => [AF_INET6],
    'integer key' => ['ai_socktype' => SOCK_DGRAM, 0 => 1],
    /* an unknown key anywhere is refused, before the values matter */
    'unknown key' => ['ai_family' => AF_INET, 'foo' => 1],
    'bad type, then unknown key' => ['ai_family' => 'x', 'zz' => 1],
    /* values are read as ints: "x" is 0 (any family) */
    'string family' => ['ai_family' => 'x'],
    'empty array socktype (0)' => ['ai_socktype' => []],
    'array socktype (1)' => ['ai_socktype' => [5]],
    'numeric string' => ['ai_socktype' => '2'],
    /* and the resolver judges them */
    'family 99' => ['ai_family' => 99],
    'socktype -1' => ['ai_socktype' => -1],
];
foreach ($cases as $label => $hints) {
    show($label, fn() => lookup_socktypes($hints));
}
?>
--EXPECT--
list: string(5) "1,2,3"
integer key: string(1) "2"
unknown key: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
bad type, then unknown key: ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
string family: string(5) "1,2,3"
empty array socktype (0): string(5) "1,2,3"
array socktype (1): string(1) "1"
numeric string: string(1) "2"
family 99: string(5) "false"
socktype -1: string(5) "false"
