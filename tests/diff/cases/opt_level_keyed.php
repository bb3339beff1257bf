<?php
// diff: documented ext/sockets picks the value shape of SO_LINGER/SO_RCVTIMEO/SO_SNDTIMEO/SO_BINDTODEVICE by option number alone, at any level; tsp_sockets by (level, number)
require __DIR__ . '/../inc/util.inc';
[$c, $a] = tcp_pair();
/* TCP_NOTSENT_LOWAT has the number of SO_BINDTODEVICE (25) */
show('notsent_lowat set', fn() => socket_set_option($c, SOL_TCP, TCP_NOTSENT_LOWAT, 16384));
show('notsent_lowat get', fn() => socket_get_option($c, SOL_TCP, TCP_NOTSENT_LOWAT));
/* TCP level, number 20 (SO_RCVTIMEO's) is TCP_REPAIR_QUEUE: an int option */
show('tcp 20 with an array', fn() => socket_set_option($c, SOL_TCP, 20, ['sec' => 1, 'usec' => 0]));
