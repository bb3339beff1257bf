<?php
require __DIR__ . '/../inc/util.inc';
foreach ([0, 1, 4, 11, 98, 104, 111, 115, 133, 134, 200, 4095, -1, -9999, -10000, -10001, -10002, -10003, -10004,
          -10005, -20000, 2147483647, -2147483648, -2147483647, -2147473648, -2147473647,
          2147483648, -2147483649, PHP_INT_MAX, PHP_INT_MIN] as $code) {
    show("strerror($code)", fn() => socket_strerror($code));
}
show('strerror("12")', fn() => socket_strerror("12"));
show('strerror("x")', fn() => socket_strerror("x"));
show('strerror(1.5)', fn() => socket_strerror(1.5));
show('strerror(null)', fn() => socket_strerror(null));
show('strerror()', fn() => socket_strerror());
