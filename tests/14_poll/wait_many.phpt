--TEST--
tsp_sockets: Io\Poll: a thousand watchers, a few ready: exactly those reported, as their own Watcher objects; maxEvents cuts the answer and the rest come next
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/poll.inc';
use Io\Poll\{Context, Event, Backend};

foreach ([Backend::Epoll, Backend::Poll] as $backend) {
    $c = new Context($backend);
    $pairs = $watchers = [];
    for ($i = 0; $i < 500; $i++) {
        $pairs[$i] = pt_pair();
        $watchers[2 * $i] = $c->add(new StreamPollHandle($pairs[$i][0]), [Event::Read], 2 * $i);
        $watchers[2 * $i + 1] = $c->add(new StreamPollHandle($pairs[$i][1]), [Event::Read], 2 * $i + 1);
    }
    $want = [];
    foreach ([3, 128, 129, 500, 998, 999] as $n) {
        fwrite($pairs[intdiv($n, 2)][1 - $n % 2], 'x'); /* the other end of n's pair */
        $want[] = $n;
    }
    $got = $c->wait(Time\Duration::fromSeconds(1));
    $ids = array_map(fn ($w) => $w->getData(), $got);
    sort($ids);
    $same = array_reduce($got, fn ($ok, $w) => $ok && $watchers[$w->getData()] === $w, true);
    echo $backend->name, ': ', implode(' ', $ids), ' ', var_export($ids === $want && $same, true), "\n";
    $first = $c->wait(Time\Duration::fromSeconds(0), 4);
    $rest = $c->wait(Time\Duration::fromSeconds(0), 4);
    echo '  max 4: ', count($first), ' then ', count($rest), "\n";
    foreach ($pairs as [$x, $y]) {
        fclose($x);
        fclose($y);
    }
    echo '  all closed: ', pt_look($c), ' ', count(array_filter($watchers, fn ($w) => $w->isActive())), "\n";
}
?>
--EXPECT--
Epoll: 3 128 129 500 998 999 true
  max 4: 4 then 4
  all closed: [] 0
Poll: 3 128 129 500 998 999 true
  max 4: 4 then 4
  all closed: [] 0
