--TEST--
tsp_sockets: socket_sendmsg(): iov elements whose __toString() changes or frees the arrays being read
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* The iov sent is the one the message held when the call began: an element's
 * __toString() that grows, empties or drops the arrays it came from changes
 * nothing and frees nothing still read. "iov" by reference is refused (as in
 * ext/sockets); an element by reference is followed. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);

class Grow
{
    public function __toString(): string
    {
        global $iov, $msg;
        for ($i = 0; $i < 100; $i++) {
            $iov[] = 'y';
            $msg['iov'][] = 'z';
        }
        return 'G';
    }
}
class Drop
{
    public function __toString(): string
    {
        global $iov, $msg;
        $iov = null;
        $msg = null;
        return 'D';
    }
}

$iov = ['a', new Grow, 'b', new Grow, 'c'];
$msg = ['iov' => $iov];
show('elements grow the arrays', fn() => socket_sendmsg($p[0], $msg, 0));
echo 'received: ', recv_now($p[1]), '; $iov now has ', count($iov), " elements\n";

$iov = ['a', new Drop, str_repeat('b', 3), new Drop];
$msg = ['iov' => $iov];
show('elements drop the arrays', fn() => socket_sendmsg($p[0], $msg, 0));
echo 'received: ', recv_now($p[1]), '; $msg is ', var_export($msg, true), "\n";

/* the only reference to the message is the argument itself */
show('temporary message', fn() => socket_sendmsg($p[0], ['iov' => [new Grow, new Drop, 'end']], 0));
echo 'received: ', recv_now($p[1]), "\n";

$iov = ['a', new Grow];
show('iov by reference', fn() => socket_sendmsg($p[0], ['iov' => &$iov], 0));
echo 'received: ', recv_now($p[1]), "\n";

/* an element by reference whose __toString() replaces it */
class Replace { public function __toString(): string { $GLOBALS['x'] = 'replaced'; return 'R'; } }
$x = new Replace;
show('element by reference', fn() => socket_sendmsg($p[0], ['iov' => ['<', &$x, '>']], 0));
echo 'received: ', recv_now($p[1]), '; $x is ', var_export($x, true), "\n";

/* an element that throws: nothing is sent */
class Boom { public function __toString(): string { throw new RuntimeException('boom'); } }
show('element throws', fn() => socket_sendmsg($p[0], ['iov' => ['a', new Boom, 'b']], 0));
show('element not convertible', fn() => socket_sendmsg($p[0], ['iov' => ['a', new stdClass]], 0));
echo 'received: ', recv_now($p[1]), "\n";
?>
--EXPECTF--
elements grow the arrays: int(5)
received: aGbGc; $iov now has 205 elements
elements drop the arrays: int(6)
received: aDbbbD; $msg is NULL
temporary message: int(5)
received: GDend

Warning: socket_sendmsg(): error converting user data (path: msghdr > iov): expected an array here in %s on line %d
iov by reference: bool(false)
received: nothing
element by reference: int(3)
received: <R>; $x is 'replaced'
element throws: RuntimeException: boom
element not convertible: Error: Object of class stdClass could not be converted to string
received: nothing
