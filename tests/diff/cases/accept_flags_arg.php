<?php
// diff: documented socket_accept() takes an optional second argument (accept4() flags), so its argument-count message says "at least"
require __DIR__ . '/../inc/util.inc';
show('accept none', fn() => socket_accept());
show('accept too many', fn() => socket_accept(socket_create(AF_INET, SOCK_STREAM, 0), 0, 1));
