<?php
/* The except set as select() has it: out-of-band TCP data makes a stream
 * exceptional (POLLPRI); a hang-up or an error alone does not, and the wait
 * goes on for its whole timeout; plain files, pipes and unix sockets never are. */
require __DIR__ . '/_lib.inc';
[$c, $a] = tcp_pair($l);
sel('tcp, nothing', [$a], null, [$a], 0);
var_dump(stream_socket_sendto($c, '!', STREAM_OOB));
settle($a);
sel('tcp, urgent byte: except', null, null, [$a], 1);
sel('tcp, urgent byte: read and except', [$a], null, [$a], 0);
sel('tcp, urgent byte: client side', [$c], [$c], [$c], 0);
var_dump(stream_socket_recvfrom($a, 1, STREAM_OOB));
sel('tcp, urgent byte taken', [$a], null, [$a], 0);
var_dump(stream_socket_sendto($c, 'normal'));
var_dump(stream_socket_sendto($c, '?', STREAM_OOB));
settle($a);
sel('tcp, data then urgent', [$a], null, ['k' => $a], 1);
var_dump(fread($a, 100));
sel('tcp, after reading the normal bytes', [$a], null, [$a], 0);
var_dump(stream_socket_recvfrom($a, 1, STREAM_OOB));
sel('tcp, all taken', [$a], null, [$a], 0);
/* a hang-up in the except set only: nothing, after the whole timeout */
fclose($c);
$t = hrtime(true);
sel('tcp, peer closed, except only, 0.2 s', null, null, [$a], 0, 200000);
echo 'waited the timeout: ', var_export((hrtime(true) - $t) / 1e9 >= 0.18, true), "\n";
sel('tcp, peer closed, read and except', [$a], null, [$a], 0);
/* a refused connection (error on the socket) in the except set only */
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($probe, false), PHP_URL_PORT);
fclose($probe);
$refused = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
if ($refused) {
    $t = hrtime(true);
    sel('refused connect, except only, 0.2 s', null, null, [$refused], 0, 200000);
    echo 'waited the timeout: ', var_export((hrtime(true) - $t) / 1e9 >= 0.18, true), "\n";
    sel('refused connect, all sets', [$refused], [$refused], [$refused], 1);
} else {
    echo "refused at once: $errno\n";
}
[$p, $q] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($q, 'x');
sel('unix pair with data, except', [$p], [$p], [$p], 0);
fclose($q);
sel('unix pair, peer gone, except only', null, null, [$p], 0, 100000);
sel('plain file, except', null, null, [fopen(__FILE__, 'r')], 0);
sel('STDIN, except', null, null, [STDIN], 0);
sel('STDOUT, except', null, null, [STDOUT], 0);
echo "done\n";
