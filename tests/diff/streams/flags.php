<?php
require __DIR__ . '/../inc/streams.inc';
server('tcp://127.0.0.1:0', 0);
server('tcp://127.0.0.1:0', STREAM_SERVER_LISTEN);
$b = server('tcp://127.0.0.1:0', STREAM_SERVER_BIND);
var_dump(@stream_socket_accept($b, 0));
server('tcp://127.0.0.1:0', STREAM_SERVER_BIND | STREAM_SERVER_LISTEN | 2 | 16 | 1024);
server('udp://127.0.0.1:0', 0);
server('unix://f.sock', STREAM_SERVER_BIND);
server('udg://g.sock', 0);
server('tcp://127.0.0.1:0', -1);
echo "done\n";
