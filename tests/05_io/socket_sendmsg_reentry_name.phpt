--TEST--
tsp_sockets: socket_sendmsg(): name fields whose __toString() replaces the name or the message
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
/* "name" is converted from what the message held when the call began: the
 * family is read once, and a field's __toString() that replaces the name
 * array or the message (through the variables they came from) changes
 * nothing. "name" by reference is refused, as in ext/sockets. */
require __DIR__ . '/../inc/util.inc';
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, '127.0.0.1', 0);
socket_getsockname($r, $addr, $port);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);

class Answers
{
    public int $calls = 0;
    public function __construct(private array $answers) {}
    public function __toString(): string
    {
        return (string) $this->answers[min($this->calls++, count($this->answers) - 1)];
    }
}
class ReplaceName
{
    public function __construct(private string $value) {}
    public function __toString(): string
    {
        global $name, $msg;
        $name = 0x41414141;
        $msg = ['name' => 'gone'];
        return $this->value;
    }
}

$f = new Answers([AF_INET, AF_UNIX]);
show('family asked once', fn() => socket_sendmsg($s, ['name' => ['family' => $f, 'addr' => '127.0.0.1', 'port' => $port], 'iov' => ['f']], 0));
echo "family read {$f->calls} time(s); received: ", recv_now($r, 100), "\n";

$name = ['addr' => new ReplaceName('127.0.0.1'), 'port' => $port];
$msg = ['name' => $name, 'iov' => ['a']];
show('addr replaces the name', fn() => socket_sendmsg($s, $msg, 0));
echo 'received: ', recv_now($r, 100), "\n";

$name = ['addr' => '127.0.0.1', 'port' => new ReplaceName((string) $port)];
$msg = ['name' => $name, 'iov' => ['p']];
show('port replaces the name', fn() => socket_sendmsg($s, $msg, 0));
echo 'received: ', recv_now($r, 100), "\n";

$name = ['addr' => new ReplaceName('127.0.0.1'), 'port' => $port];
show('name by reference', fn() => socket_sendmsg($s, ['name' => &$name, 'iov' => ['x']], 0));
echo 'received: ', recv_now($r, 100), "\n";

/* a unix path */
$path = sys_get_temp_dir() . '/tsp_msg_name_' . getmypid();
@unlink($path);
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($u, $path);
$c = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$name = ['path' => new ReplaceName($path)];
$msg = ['name' => $name, 'iov' => ['u']];
show('path replaces the name', fn() => socket_sendmsg($c, $msg, 0));
echo 'received: ', recv_now($u, 100), "\n";
unlink($path);
?>
--EXPECTF--
family asked once: int(1)
family read 1 time(s); received: f
addr replaces the name: int(1)
received: a
port replaces the name: int(1)
received: p

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): expected an array here in %s on line %d
name by reference: bool(false)
received: nothing
path replaces the name: int(1)
received: u
