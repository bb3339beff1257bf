--TEST--
tsp_sockets: socket_create(): every supported domain/type combination
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$cases = [
    'AF_INET/SOCK_STREAM/SOL_TCP' => [AF_INET, SOCK_STREAM, SOL_TCP],
    'AF_INET/SOCK_STREAM/0' => [AF_INET, SOCK_STREAM, 0],
    'AF_INET/SOCK_DGRAM/SOL_UDP' => [AF_INET, SOCK_DGRAM, SOL_UDP],
    'AF_INET6/SOCK_STREAM/SOL_TCP' => [AF_INET6, SOCK_STREAM, SOL_TCP],
    'AF_INET6/SOCK_DGRAM/0' => [AF_INET6, SOCK_DGRAM, 0],
    'AF_UNIX/SOCK_STREAM/0' => [AF_UNIX, SOCK_STREAM, 0],
    'AF_UNIX/SOCK_DGRAM/0' => [AF_UNIX, SOCK_DGRAM, 0],
    'AF_UNIX/SOCK_SEQPACKET/0' => [AF_UNIX, SOCK_SEQPACKET, 0],
];
foreach ($cases as $label => [$d, $t, $p]) {
    $s = socket_create($d, $t, $p);
    echo $label, ': ', get_class($s), ' SO_TYPE=', socket_get_option($s, SOL_SOCKET, SO_TYPE) === $t ? 'ok' : 'mismatch',
        ' last_error=', socket_last_error($s), "\n";
    socket_close($s);
}
var_dump(AF_UNIX, AF_INET, AF_INET6, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET, SOCK_RDM, SOL_TCP, SOL_UDP, SOL_SOCKET);
?>
--EXPECT--
AF_INET/SOCK_STREAM/SOL_TCP: Socket SO_TYPE=ok last_error=0
AF_INET/SOCK_STREAM/0: Socket SO_TYPE=ok last_error=0
AF_INET/SOCK_DGRAM/SOL_UDP: Socket SO_TYPE=ok last_error=0
AF_INET6/SOCK_STREAM/SOL_TCP: Socket SO_TYPE=ok last_error=0
AF_INET6/SOCK_DGRAM/0: Socket SO_TYPE=ok last_error=0
AF_UNIX/SOCK_STREAM/0: Socket SO_TYPE=ok last_error=0
AF_UNIX/SOCK_DGRAM/0: Socket SO_TYPE=ok last_error=0
AF_UNIX/SOCK_SEQPACKET/0: Socket SO_TYPE=ok last_error=0
int(1)
int(2)
int(10)
int(1)
int(2)
int(3)
int(5)
int(4)
int(6)
int(17)
int(1)
