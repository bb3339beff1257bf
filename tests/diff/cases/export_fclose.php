<?php
// diff: documented after fclose() of an exported stream, ext/sockets keeps using the closed descriptor number (EBADF, or another file once the number is reused); tsp_sockets treats the socket as closed
function t($l, $f) { try { $r = $f(); echo "$l: "; var_dump($r); } catch (Throwable $e) { echo "$l: ", get_class($e), ": ", $e->getMessage(), "\n"; } }
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$st = socket_export_stream($p[0]);
fclose($st);
t('after fclose: write', fn() => socket_write($p[0], "x"));
t('after fclose: last', fn() => socket_last_error($p[0]));
t('after fclose: close', fn() => socket_close($p[0]));
/* the same through an imported stream */
$srv = stream_socket_server('tcp://127.0.0.1:0');
$s = socket_import_stream($srv);
fclose($srv);
t('imported, stream closed: listen', fn() => socket_listen($s));
t('imported, stream closed: export', fn() => socket_export_stream($s));
