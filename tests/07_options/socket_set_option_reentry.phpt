--TEST--
tsp_sockets: socket_set_option(): user code run by a conversion (__toString(), an error handler) cannot pull the value apart under the converter
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/util.inc';
class Str {
    public function __construct(public string $v, public ?Closure $cb = null) {}
    public function __toString(): string { if ($this->cb) { ($this->cb)(); } return $this->v; }
}
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);

/* the group's __toString() empties and replaces the caller's array: the
 * request read is the array as it was passed */
$req = ['group' => new Str('224.0.0.1', function () use (&$req) { $req['interface'] = 'nosuch0'; unset($req['group']); $req = 42; }), 'interface' => 1];
show('group __toString() replaces the array', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, $req));
var_dump($req);

/* ... and frees the object being converted, and the source's */
$src = new Str('127.0.0.1');
$req = ['group' => new Str('232.1.1.1', function () use (&$req, &$src) { $req = null; $src = null; gc_collect_cycles(); }), 'source' => &$src, 'interface' => 1];
show('source reference emptied while the group converts', fn() => @socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, $req));

/* a reference changed by user code is read at the moment it is used, as ext/sockets reads it */
$s2 = 'bad.invalid';
$req = ['group' => new Str('232.1.1.2', function () use (&$s2) { $s2 = '127.0.0.1'; }), 'source' => &$s2, 'interface' => 1];
show('source reference changed while the group converts', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, $req));

/* the interface name's __toString() closes nothing it needs */
$iface = new Str('lo', function () use (&$iface) { $iface = null; });
show('interface __toString() frees itself', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => '224.0.0.1', 'interface' => &$iface]));
show('IP_MULTICAST_IF object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, new Str('lo', function () { gc_collect_cycles(); })));

/* SO_LINGER: converting l_onoff warns; the handler changes l_linger (a
 * reference) and drops the array: l_linger is read after, as it is then */
$l = 7;
$lin = ['l_onoff' => new stdClass, 'l_linger' => &$l];
set_error_handler(function ($no, $msg) use (&$l, &$lin) { echo "handler: $msg\n"; $l = 3; $lin = null; return true; });
show('linger', fn() => socket_set_option($u, SOL_SOCKET, SO_LINGER, $lin));
restore_error_handler();
print_r(socket_get_option($u, SOL_SOCKET, SO_LINGER));

/* SO_RCVTIMEO from an object whose property conversion frees the object */
$o = new stdClass; $o->sec = new stdClass; $o->usec = 0;
set_error_handler(function () use (&$o) { $o = null; return true; });
show('timeo object freed by the handler', fn() => socket_set_option($u, SOL_SOCKET, SO_RCVTIMEO, $o));
restore_error_handler();
echo "done\n";
?>
--EXPECTF--
group __toString() replaces the array: bool(true)
int(42)
source reference emptied while the group converts: bool(false)
source reference changed while the group converts: bool(true)
interface __toString() frees itself: bool(true)
IP_MULTICAST_IF object: bool(true)
handler: Object of class stdClass could not be converted to int
linger: bool(true)
Array
(
    [l_onoff] => 1
    [l_linger] => 3
)
timeo object freed by the handler: bool(true)
done
