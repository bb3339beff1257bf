<?php
require __DIR__ . '/../inc/util.inc';
/* TCP and socket-level int options known on Linux, set then read back */
[$c, $a] = tcp_pair();
foreach ([[SOL_TCP, TCP_KEEPIDLE, 30], [SOL_TCP, TCP_KEEPINTVL, 5], [SOL_TCP, TCP_KEEPCNT, 3],
          [SOL_TCP, TCP_DEFER_ACCEPT, 0], [SOL_SOCKET, SO_MARK, 0], [SOL_SOCKET, SO_PASSCRED, 1], [SOL_SOCKET, SO_KEEPALIVE, 1],
          [SOL_SOCKET, SO_ZEROCOPY, 1], [SOL_SOCKET, SO_INCOMING_CPU, 0]] as [$level, $name, $value]) {
    show("set $level/$name", fn() => socket_set_option($c, $level, $name, $value));
    show("get $level/$name", fn() => socket_get_option($c, $level, $name));
}
show('congestion', fn() => socket_set_option($c, SOL_TCP, TCP_CONGESTION, 'reno'));
show('congestion get', fn() => socket_get_option($c, SOL_TCP, TCP_CONGESTION));
show('congestion bad', fn() => socket_set_option($c, SOL_TCP, TCP_CONGESTION, 'no-such-algo'));
show('meminfo keys', fn() => array_keys(socket_get_option($c, SOL_SOCKET, SO_MEMINFO)));
show('bindtodevice', fn() => socket_set_option($c, SOL_SOCKET, SO_BINDTODEVICE, 'lo'));
show('bindtodevice none', fn() => socket_set_option($c, SOL_SOCKET, SO_BINDTODEVICE, null));
show('bindtodevice bad', fn() => socket_set_option($c, SOL_SOCKET, SO_BINDTODEVICE, 'nosuch0'));
show('type via getopt alias', fn() => socket_getopt($c, SOL_SOCKET, SO_TYPE));
show('setopt alias', fn() => socket_setopt($c, SOL_SOCKET, SO_REUSEADDR, true));
