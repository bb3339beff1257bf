--TEST--
tsp_sockets: socket_get_option(): defaults of boolean and integer SOL_SOCKET options
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach (['SO_KEEPALIVE', 'SO_BROADCAST', 'SO_DONTROUTE', 'SO_OOBINLINE', 'SO_DEBUG', 'SO_REUSEADDR', 'SO_RCVLOWAT'] as $name) {
    echo $name, ' = ';
    var_dump(socket_get_option($s, SOL_SOCKET, constant($name)));
}
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, 1), socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
var_dump(socket_set_option($s, SOL_SOCKET, SO_OOBINLINE, 1), socket_get_option($s, SOL_SOCKET, SO_OOBINLINE));
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($d, SOL_SOCKET, SO_BROADCAST, 1), socket_get_option($d, SOL_SOCKET, SO_BROADCAST));
?>
--EXPECT--
SO_KEEPALIVE = int(0)
SO_BROADCAST = int(0)
SO_DONTROUTE = int(0)
SO_OOBINLINE = int(0)
SO_DEBUG = int(0)
SO_REUSEADDR = int(0)
SO_RCVLOWAT = int(1)
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(1)
