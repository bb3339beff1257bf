--TEST--
tsp_sockets: socket_cmsg_space(): the room socket_recvmsg() needs for what socket_sendmsg() builds
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
/* socket_sendmsg() lays control messages out the way socket_cmsg_space()
 * counts them: a controllen of exactly the sum receives everything, the room
 * for one descriptor less is cut (MSG_CTRUNC). */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_set_option($p[1], SOL_SOCKET, SO_PASSCRED, 1);
$creds = ['pid' => getmypid(), 'uid' => getmyuid(), 'gid' => getmygid()];
foreach ([1, 2, 3, 7, 64] as $n) {
    $control = [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $creds],
        ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => array_fill(0, $n, $p[0])]];
    $space = socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS) + socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, $n);
    /* the header and n - 1 descriptors of 4 bytes, without the padding */
    $less = socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS) + socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 0) + 4 * ($n - 1);
    foreach ([$space, $less] as $len) {
        socket_sendmsg($p[0], ['iov' => ['x'], 'control' => $control], 0);
        $m = ['buffer_size' => 10, 'controllen' => $len];
        socket_recvmsg($p[1], $m, MSG_DONTWAIT);
        $got = [];
        foreach ($m['control'] as $e) {
            $got[] = $e['type'] === SCM_RIGHTS ? count($e['data']) . ' descriptors' : 'credentials';
        }
        printf("%2d descriptors, controllen %s: %s%s\n", $n, $len === $space ? 'exact' : 'for one less', implode(' + ', $got),
            $m['flags'] & MSG_CTRUNC ? ' (MSG_CTRUNC)' : '');
    }
}
?>
--EXPECTF--
 1 descriptors, controllen exact: credentials + 1 descriptors
 1 descriptors, controllen for one less: credentials (MSG_CTRUNC)
 2 descriptors, controllen exact: credentials + 2 descriptors
 2 descriptors, controllen for one less: credentials + 1 descriptors (MSG_CTRUNC)
 3 descriptors, controllen exact: credentials + 3 descriptors
 3 descriptors, controllen for one less: credentials + 2 descriptors (MSG_CTRUNC)
 7 descriptors, controllen exact: credentials + 7 descriptors
 7 descriptors, controllen for one less: credentials + 6 descriptors (MSG_CTRUNC)
64 descriptors, controllen exact: credentials + 64 descriptors
64 descriptors, controllen for one less: credentials + 63 descriptors (MSG_CTRUNC)
