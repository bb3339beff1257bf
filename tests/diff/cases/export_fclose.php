<?php
// after fclose() of an exported or imported stream, every call fails with EBADF (tsp_sockets without a system call on the old number)
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
