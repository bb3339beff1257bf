--TEST--
tsp_sockets: socket_recvmsg(): $message replaced, emptied or freed by user code while it is read
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* The message is read as it was when the call began, whatever the
 * __toString() of buffer_size or controllen does to the variable it was
 * passed in; the result replaces whatever the variable holds then. The old
 * message's destructors run once the result is in place. References inside
 * the message are refused, as in ext/sockets. */
require __DIR__ . '/../inc/util.inc';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);

class Replace
{
    public function __construct(private $with, private string $value) {}
    public function __toString(): string
    {
        $GLOBALS['m'] = $this->with;
        return $this->value;
    }
}
class Noisy
{
    public function __destruct()
    {
        echo 'destructor: $m holds ', is_array($GLOBALS['m'] ?? null) ? implode(',', array_keys($GLOBALS['m'])) : gettype($GLOBALS['m'] ?? null), "\n";
    }
}

socket_write($p[0], 'hello');
$m = ['buffer_size' => new Replace(12345, '100'), 'controllen' => 64];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT), $m['iov']);

socket_write($p[0], 'world');
$m = ['buffer_size' => 3, 'controllen' => new Replace(['controllen' => 0], '64'), 'junk' => new Noisy];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT), $m['iov']);

socket_write($p[0], 'again');
$m = ['name' => [], 'buffer_size' => new Replace(null, '100'), 'controllen' => 64, 'junk' => new Noisy];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT), $m['iov'], $m['name']);

/* replaced, then the call fails: the variable keeps what user code put there */
$m = ['buffer_size' => new Replace('user value', '100'), 'controllen' => 0];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT), $m);

/* references inside the message */
$b = 10;
$m = ['buffer_size' => &$b, 'controllen' => 10];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT));
$n = [];
$m = ['name' => &$n, 'controllen' => 10];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT));
$c = 10;
$m = ['controllen' => &$c];
var_dump(socket_recvmsg($p[1], $m, MSG_DONTWAIT));
?>
--EXPECTF--
int(5)
array(1) {
  [0]=>
  string(5) "hello"
}
destructor: $m holds name,control,iov,flags
int(3)
array(1) {
  [0]=>
  string(3) "wor"
}
destructor: $m holds name,control,iov,flags
int(5)
array(1) {
  [0]=>
  string(5) "again"
}
NULL

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): controllen cannot be 0 in %s on line %d
bool(false)
string(10) "user value"

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
bool(false)

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): expected an integer, either of a PHP integer type or of a convertible type in %s on line %d
bool(false)
