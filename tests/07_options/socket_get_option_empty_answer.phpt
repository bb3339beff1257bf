--TEST--
tsp_sockets: socket_get_option(): an option the kernel answers with zero bytes reads as 0, never as stack memory
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
/* getsockopt() succeeds and writes nothing: SO_BINDTODEVICE on an unbound
 * socket, IP_OPTIONS (4) without options */
for ($i = 0; $i < 3; $i++) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    var_dump(socket_get_option($s, SOL_SOCKET, SO_BINDTODEVICE), socket_get_option($s, IPPROTO_IP, 4));
    /* something on the stack between the calls */
    str_repeat(chr(0x41 + $i), 512);
    socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 0x7fffff00);
}
?>
--EXPECT--
int(0)
int(0)
int(0)
int(0)
int(0)
int(0)
