--TEST--
tsp_sockets: socket_import_stream(), socket_export_stream(): streams from stream_socket_server() (tsp_sockets'), stream_socket_client() and fsockopen()
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; /* errno numbers as Linux has them */ ?>
--INI--
tsp_sockets.stream_server=1
--FILE--
<?php
require __DIR__ . '/socket_import_stream_sources.inc';
?>
--EXPECT--
int(1)
int(4)
string(4) "one
"
int(3)
string(3) "two"
bool(true)
int(5)
string(5) "three"
string(7) "Unknown"
bool(false)
int(9)
bool(false)
bool(false)
bool(true)
