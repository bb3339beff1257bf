--TEST--
tsp_sockets: Io\Poll: a Context used in a forked child works there: it reports, modifies, adds and removes
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl_fork'); ?>
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    $c = new Context($backend);
    [$a, $b] = pt_pair();
    $w = $c->add(new StreamPollHandle($a), [Event::Write], 'a');
    echo "{$backend->name} parent: ", pt_look($c), "\n";
    $pid = pcntl_fork();
    if ($pid === 0) {
        echo "  child: ", pt_look($c);
        $w->modifyEvents([Event::Read]);
        echo ' ', pt_look($c);
        fwrite($b, 'x');
        echo ' ', pt_look($c);
        [$x, $y] = pt_pair();
        $c->add(new StreamPollHandle($x), [Event::Write], 'x');
        echo ' ', pt_look($c);
        $w->remove();
        echo ' ', pt_look($c), "\n";
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    echo '  child exit: ', pcntl_wexitstatus($status), "\n";
    fread($a, 10);
}
?>
--EXPECT--
Epoll parent: ['a':Write]
  child: ['a':Write] [] ['a':Read] ['a':Read 'x':Write] ['x':Write]
  child exit: 0
Poll parent: ['a':Write]
  child: ['a':Write] [] ['a':Read] ['a':Read 'x':Write] ['x':Write]
  child exit: 0
