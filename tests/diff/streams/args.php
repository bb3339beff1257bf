<?php
require __DIR__ . '/../inc/util.inc';
show('no args', fn() => stream_socket_server());
show('array', fn() => stream_socket_server([]));
show('int', fn() => stream_socket_server(80));
show('null', fn() => stream_socket_server(null));
show('flags string', fn() => stream_socket_server('tcp://127.0.0.1:0', $e, $s, 'x'));
show('flags float', fn() => stream_socket_server('tcp://127.0.0.1:0', $e, $s, 1.5));
show('context not resource', fn() => stream_socket_server('tcp://127.0.0.1:0', $e, $s, STREAM_SERVER_BIND, 'ctx'));
show('context wrong resource', fn() => stream_socket_server('tcp://127.0.0.1:0', $e, $s, STREAM_SERVER_BIND, fopen('php://memory', 'r')));
show('context null', fn() => is_resource(stream_socket_server('tcp://127.0.0.1:0', $e, $s, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, null)));
show('too many', fn() => stream_socket_server('tcp://127.0.0.1:0', $e, $s, 12, null, 1));
$o = new class { public function __toString(): string { return 'tcp://127.0.0.1:0'; } };
show('stringable', fn() => is_resource(stream_socket_server($o)));
show('named', fn() => is_resource(stream_socket_server(address: 'tcp://127.0.0.1:0', flags: STREAM_SERVER_BIND)));
$ro = new class { public readonly int $e; };
show('readonly ref', function () use ($ro) { return stream_socket_server('tcp://127.0.0.1:0', $ro->e); });
echo "done\n";
