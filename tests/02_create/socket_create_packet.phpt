--TEST--
tsp_sockets: socket_create(): AF_PACKET sockets (PHP 8.5's, on every version)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
<?php require __DIR__ . '/../inc/skipif_packet.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
var_dump(AF_PACKET, ETH_P_ALL, ETH_P_IP, ETH_P_IPV6, ETH_P_LOOP);
foreach ([[SOCK_RAW, ETH_P_ALL], [SOCK_DGRAM, ETH_P_IP], [SOCK_RAW, 0], [SOCK_RAW | SOCK_NONBLOCK, ETH_P_IPV6]] as [$type, $proto]) {
    $s = socket_create(AF_PACKET, $type, $proto);
    echo "type $type, protocol $proto: ", get_class($s), ', SO_TYPE ', socket_get_option($s, SOL_SOCKET, SO_TYPE),
        ', SO_DOMAIN ', socket_get_option($s, SOL_SOCKET, 39 /* SO_DOMAIN */), "\n";
}
/* numbers beyond an EtherType go to the kernel as they are; negative ones are cut to 16 bits */
foreach ([-1, 0x10000, PHP_INT_MAX] as $proto) {
    show("protocol $proto", fn() => socket_create(AF_PACKET, SOCK_RAW, $proto));
}
/* the kernel refuses stream packet sockets */
show('SOCK_STREAM', fn() => socket_create(AF_PACKET, SOCK_STREAM, 0));
show_err('global');
/* the type is checked as for the other families */
show('type 11', fn() => socket_create(AF_PACKET, 11, 0));
/* socket_create_pair() knows no AF_PACKET, on any version */
show('pair', fn() => socket_create_pair(AF_PACKET, SOCK_RAW, 0, $pair));
/* a packet socket is a socket like the others for the calls that are not about addresses */
/* (ETH_P_LOOP: no frames of that type come by, whatever else runs meanwhile) */
$s = socket_create(AF_PACKET, SOCK_RAW, ETH_P_LOOP);
var_dump(socket_set_nonblock($s), socket_set_block($s));
$r = [$s];
$w = $e = null;
var_dump(socket_select($r, $w, $e, 0));
var_dump(is_resource(socket_export_stream($s)));
?>
--EXPECTF--
int(17)
int(3)
int(2048)
int(34525)
int(96)
type 3, protocol 3: Socket, SO_TYPE 3, SO_DOMAIN 17
type 2, protocol 2048: Socket, SO_TYPE 2, SO_DOMAIN 17
type 3, protocol 0: Socket, SO_TYPE 3, SO_DOMAIN 17
type 2051, protocol 34525: Socket, SO_TYPE 3, SO_DOMAIN 17
protocol -1: object(Socket)
protocol 65536: object(Socket)
protocol 9223372036854775807: object(Socket)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
SOCK_STREAM: bool(false)
global: 94 (Socket type not supported)
type 11: ValueError: socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%S
pair: ValueError: socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
bool(true)
bool(true)
int(0)
bool(true)
