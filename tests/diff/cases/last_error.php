<?php
require __DIR__ . '/../inc/util.inc';
show('initial global', fn() => socket_last_error());
show('initial null arg', fn() => socket_last_error(null));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('initial socket', fn() => socket_last_error($s));
@socket_connect($s, 'nosuch.invalid', 80);
show('after lookup failure: socket', fn() => socket_last_error($s));
show('after lookup failure: global', fn() => socket_last_error());
show('other socket untouched', fn() => socket_last_error($t));
@socket_getpeername($t, $a);
show('t socket', fn() => socket_last_error($t));
show('global is latest', fn() => socket_last_error());
show('s socket kept', fn() => socket_last_error($s));
show('clear s', fn() => socket_clear_error($s));
show('s after clear', fn() => socket_last_error($s));
show('global after clearing s', fn() => socket_last_error());
show('clear global', fn() => socket_clear_error());
show('global after clear', fn() => socket_last_error());
show('t after global clear', fn() => socket_last_error($t));
show('clear null', fn() => socket_clear_error(null));
// success does not reset errors
socket_bind($t, '127.0.0.1', 0);
show('t after successful bind', fn() => socket_last_error($t));
// errors from creation failures go to global only
@socket_create(AF_INET, SOCK_STREAM, SOL_UDP);
show('global after create failure', fn() => socket_last_error());
@socket_create_pair(AF_INET, SOCK_STREAM, 0, $p);
show('global after pair failure', fn() => socket_last_error());
@socket_create_listen(PHP_INT_MAX);
show('global after listen create', fn() => socket_last_error());
socket_clear_error();
// argument errors (exceptions) do not set last error
try { socket_write($s, 'x', -1); } catch (ValueError $e) {}
show('after ValueError', fn() => socket_last_error($s));
show('global after ValueError', fn() => socket_last_error());
// bad args
show('str arg', fn() => socket_last_error('x'));
show('int arg', fn() => socket_last_error(0));
show('obj arg', fn() => socket_last_error(new stdClass));
show('too many', fn() => socket_last_error($s, 1));
show('clear str', fn() => socket_clear_error('x'));
show('clear too many', fn() => socket_clear_error($s, $s));
show('strerror of last', fn() => socket_strerror(socket_last_error($t)));
