--TEST--
tsp_sockets: socket_read(PHP_NORMAL_READ): a non-blocking socket that runs dry mid-line keeps the part read; every later read continues there
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$rd, $wr] = $p;
socket_set_nonblock($rd);
socket_clear_error();

/* half a line: false with SOCKET_EAGAIN and no warning, the bytes held */
socket_write($wr, 'abc');
var_dump(socket_read($rd, 1024, PHP_NORMAL_READ));
var_dump(socket_last_error($rd) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
/* the held bytes alone are not a line: no spin, the same answer */
var_dump(socket_read($rd, 1024, PHP_NORMAL_READ), socket_last_error($rd) === SOCKET_EAGAIN);
/* select() does not report the socket for a partial line */
$r = [$rd]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 0));
/* the rest comes: one line, framed as sent */
socket_write($wr, "def\nnext");
var_dump(socket_read($rd, 1024, PHP_NORMAL_READ));
var_dump(socket_read($rd, 1024, PHP_NORMAL_READ));      // "next": held again

/* the held bytes come first in every mode, none lost or repeated */
var_dump(socket_read($rd, 2, PHP_BINARY_READ));         // "ne"
var_dump(socket_recv($rd, $buf, 10, MSG_PEEK), $buf);   // peek: "xt", still held
var_dump(socket_recv($rd, $buf, 1, 0), $buf);           // "x"
socket_write($wr, "Y\n");
var_dump(socket_read($rd, 100, PHP_NORMAL_READ));       // "t" then "Y\n" from the kernel
var_dump(socket_read($rd, 100, PHP_BINARY_READ), socket_last_error($rd) === SOCKET_EAGAIN);

/* a length reached inside the held bytes leaves the rest held */
socket_write($wr, 'long');
var_dump(socket_read($rd, 100, PHP_NORMAL_READ));
var_dump(socket_read($rd, 2, PHP_NORMAL_READ), socket_read($rd, 2, PHP_NORMAL_READ));

/* MSG_WAITALL takes the held bytes, then waits for the rest of the length */
socket_write($wr, 'ab');
socket_read($rd, 100, PHP_NORMAL_READ);
socket_set_block($rd);
socket_write($wr, 'cdef');
var_dump(socket_recv($rd, $buf, 6, MSG_WAITALL), $buf);

/* recvfrom takes them too */
socket_set_nonblock($rd);
socket_write($wr, 'xyz');
socket_read($rd, 100, PHP_NORMAL_READ);
var_dump(socket_recvfrom($rd, $buf, 100, 0, $from), $buf, $from);

/* at the end of the stream a non-blocking socket returns what it holds */
socket_write($wr, 'last');
socket_read($rd, 100, PHP_NORMAL_READ);
socket_close($wr);
var_dump(socket_read($rd, 100, PHP_NORMAL_READ), socket_read($rd, 100, PHP_NORMAL_READ));

/* closing a socket with held bytes frees them */
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
socket_write($c, 'held');
wait_readable($a);
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
socket_close($a);
try { socket_read($a, 100); } catch (Error $e) { echo $e->getMessage(), "\n"; }
[$c, $a] = tcp_pair();
socket_set_nonblock($a);
socket_write($c, 'dropped with the object');
wait_readable($a);
var_dump(socket_read($a, 100, PHP_NORMAL_READ));
unset($a);
echo "done\n";
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
int(0)
string(7) "abcdef
"
bool(false)
string(2) "ne"
int(2)
string(2) "xt"
int(1)
string(1) "x"
string(3) "tY
"
bool(false)
bool(true)
bool(false)
string(2) "lo"
string(2) "ng"
int(6)
string(6) "abcdef"
int(3)
string(3) "xyz"
string(0) ""
string(4) "last"
string(0) ""
bool(false)
socket_read(): Argument #1 ($socket) has already been closed
bool(false)
done
