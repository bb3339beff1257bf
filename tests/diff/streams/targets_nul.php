<?php
/* a NUL byte anywhere in a tcp or udp target: refused before the address is parsed */
require __DIR__ . '/../inc/streams.inc';
server("tcp://127.0.0.1:0\0garbage");
server("tcp://127.0.0.1:0\0");
server("tcp://127.0.0.1\0");
server("tcp://[::1\0]:0");
server("tcp://[::1\0");
server("tcp://\0");
server("\0");
server("127.0.0.1:0\0x");
server("udp://127.0.0.1:0\0x", STREAM_SERVER_BIND);
server("udp://[::1]:0\0", STREAM_SERVER_BIND);
echo "done\n";
