--TEST--
tsp_sockets: Io\Poll epoll backend as the kernel sees it (/proc/self/fdinfo): a close-on-exec descriptor, one registration per watcher, gone with remove() and with fclose() even while a child keeps a copy of the descriptor
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php
require __DIR__ . '/../inc/skipif_linux.inc';
if (!function_exists('proc_open')) die('skip proc_open');
?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

/* The epoll descriptors of this process: [fd => [flags, registered fds]]. */
function epolls(): array
{
    $out = [];
    foreach (glob('/proc/self/fd/*') as $f) {
        if (@readlink($f) === 'anon_inode:[eventpoll]') {
            $info = file_get_contents('/proc/self/fdinfo/' . basename($f));
            preg_match('/^flags:\s+(\d+)/m', $info, $m);
            preg_match_all('/^tfd:\s+(\d+)/m', $info, $t);
            $out[(int) basename($f)] = [octdec($m[1]), array_map('intval', $t[1])];
        }
    }
    return $out;
}

$before = epolls();
$c = new Context(Backend::Epoll);
$mine = array_diff_key(epolls(), $before);
echo count($mine), " new epoll descriptor\n";
$epfd = array_key_first($mine);
echo 'close-on-exec: ', var_export((bool) ($mine[$epfd][0] & 02000000), true), "\n";
[$a, $b] = pt_pair();
[$x, $y] = pt_pair();
$wa = $c->add(new StreamPollHandle($a), [Event::Read]);
$c->add(new StreamPollHandle($x), [Event::Write]);
$regs = fn () => epolls()[$epfd][1];
echo 'registered: ', var_export($regs() == [pt_fd($a), pt_fd($x)] || $regs() == [pt_fd($x), pt_fd($a)], true), "\n";
$wa->remove();
echo 'after remove: ', var_export($regs() == [pt_fd($x)], true), "\n";
$xfd = pt_fd($x);
$p = proc_open([PHP_BINARY, '-n', '-r', 'fgets(STDIN);'], [0 => ['pipe', 'r'], 3 => $x], $pipes);
fclose($x);
echo 'after fclose, a copy in a child: ', json_encode($regs()), ' ', pt_look($c), "\n";
fclose($pipes[0]);
proc_close($p);
$pc = new Context(Backend::Poll);
echo 'Poll has none: ', var_export(count(epolls()) === count($before) + 1, true), "\n";
?>
--EXPECT--
1 new epoll descriptor
close-on-exec: true
registered: true
after remove: true
after fclose, a copy in a child: [] []
Poll has none: true
