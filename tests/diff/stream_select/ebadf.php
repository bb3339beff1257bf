<?php
/* A descriptor closed under its stream (through FFI's close()): select()
 * refuses the set, "Unable to select [9]: Bad file descriptor (max_fd=N)". */
require __DIR__ . '/_lib.inc';
if (!extension_loaded('FFI') && !@dl('ffi.so')) {
    echo "FFI is not available\n";
    exit;
}
$libc = FFI::cdef('int close(int fd); int dup(int fd);');
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
/* the highest open descriptor is $idlePeer's */
$fds = array_map('intval', array_diff(scandir('/proc/self/fd'), ['.', '..']));
$top = $libc->dup(0);
$libc->close($top);
$max = max(array_filter($fds, fn($fd) => $fd < $top));
echo 'closing the descriptor of the newest stream: ', var_export($libc->close($max), true), "\n";
fwrite($b, 'x');
sel('closed descriptor alone', [$idlePeer], null, null, 0);
sel('closed descriptor with a ready stream', [$a, $idlePeer], null, null, 0);
sel('closed descriptor in write', [$a], [$idlePeer], null, 0);
sel('closed descriptor in except', [$a], null, [$idlePeer], 0);
echo "done\n";
