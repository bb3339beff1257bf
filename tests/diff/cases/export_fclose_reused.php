<?php
// diff: documented after fclose() of an exported stream, ext/sockets goes on using the closed descriptor number, which a file opened since has taken (its write lands in the file, its socket_set_nonblock() changes the file); tsp_sockets fails with EBADF and leaves the file alone
function t($l, $f) { try { $r = $f(); echo "$l: "; var_dump($r); } catch (Throwable $e) { echo "$l: ", get_class($e), ": ", $e->getMessage(), "\n"; } }
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
$st = socket_export_stream($p[0]);
fclose($st);
$f = fopen('reused.txt', 'w');           /* the lowest free number: the socket's old one */
t('write', fn() => socket_write($p[0], "into the file?"));
t('nonblock', fn() => socket_set_nonblock($p[0]));
t('last', fn() => socket_last_error($p[0]));
fflush($f);
var_dump(file_get_contents('reused.txt'), stream_get_meta_data($f)['blocked']);
t('close', fn() => socket_close($p[0]));
unset($p);
var_dump(fwrite($f, 'ok'), fclose($f), file_get_contents('reused.txt'));
