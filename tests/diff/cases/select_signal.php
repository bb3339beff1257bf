<?php
require __DIR__ . '/../inc/util.inc';
/* a signal during a blocking socket_select(): EINTR warning and false, with and without restart */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
foreach ([true, false] as $restart) {
    pcntl_async_signals(true);
    $got = 0;
    pcntl_signal(SIGALRM, function () use (&$got) { $got++; }, $restart);
    pcntl_alarm(1);
    $r = [$p[0]]; $w = null; $e = null;
    $t = microtime(true);
    show('select ' . ($restart ? 'restart' : 'no restart'), function () use (&$r, &$w, &$e) { return socket_select($r, $w, $e, 5); });
    echo 'signal seen: ', $got, ', returned early: ', (microtime(true) - $t) < 4 ? 'yes' : 'no', ', last error: ', socket_last_error(), "\n";
    var_dump($r);
}
