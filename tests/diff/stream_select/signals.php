<?php
// diff: skip-unless pcntl
/* A signal during the wait: the call fails with EINTR, "Unable to select [4]:
 * Interrupted system call (max_fd=N)", whether the handler asked for
 * restarted system calls or not (select() and poll() are never restarted);
 * the handler runs after the call; an ignored signal does not end the wait. */
require __DIR__ . '/_lib.inc';
[$idle, $idlePeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
[$ready, $readyPeer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
fwrite($readyPeer, 'x');

/* SIGUSR1 for this process in about 0.3 s, from a child */
function signal_soon(int $sig = SIGUSR1)
{
    return proc_open(['sh', '-c', 'sleep 0.3; kill -' . $sig . ' ' . getmypid()], [], $pipes);
}
function done_with($p): void
{
    proc_close($p);
}

foreach ([true, false] as $async) {
    pcntl_async_signals($async);
    foreach ([true, false] as $restart) {
        $label = ($async ? 'async' : 'dispatched') . ', ' . ($restart ? 'restart' : 'no restart');
        pcntl_signal(SIGUSR1, function ($sig) use ($label) { echo "  handler ($label): signal $sig\n"; }, $restart);
        $p = signal_soon();
        $t = hrtime(true);
        sel("$label, 3 s", ['i' => $idle], [], ['i' => $idle], 3);
        echo '  interrupted early: ', var_export((hrtime(true) - $t) / 1e9 < 2.5, true), "\n";
        if (!$async) {
            echo '  dispatch: ';
            var_dump(pcntl_signal_dispatch());
        }
        done_with($p);
    }
}
pcntl_async_signals(true);
pcntl_signal(SIGUSR1, function ($sig) { echo "  handler: signal $sig\n"; });
$p = signal_soon();
sel('null timeout', [$idle], null, null, null);
done_with($p);
$p = signal_soon();
sel('many streams, null timeout', [$idle, $idlePeer], null, [$idle, $ready, $readyPeer], null);
done_with($p);
/* a throwing handler: the warning, then the exception */
pcntl_signal(SIGUSR1, function ($sig) { throw new RuntimeException("from the handler of $sig"); });
$p = signal_soon();
sel('throwing handler', [$idle], null, null, 3);
done_with($p);
/* ignored: the wait goes on to its timeout */
pcntl_signal(SIGUSR1, SIG_IGN);
$p = signal_soon();
$t = hrtime(true);
sel('ignored signal, 0.8 s', [$idle], null, null, 0, 800000);
echo '  waited the timeout: ', var_export((hrtime(true) - $t) / 1e9 >= 0.75, true), "\n";
done_with($p);
/* default action of SIGCHLD is to ignore it: a child's exit does not interrupt */
$p = proc_open(['sh', '-c', 'sleep 0.2'], [], $pipes);
$t = hrtime(true);
sel('child exits, SIGCHLD not handled, 0.6 s', [$idle], null, null, 0, 600000);
echo '  waited the timeout: ', var_export((hrtime(true) - $t) / 1e9 >= 0.55, true), "\n";
proc_close($p);
/* handled SIGCHLD interrupts */
pcntl_signal(SIGCHLD, function ($sig) { echo "  handler: SIGCHLD\n"; });
$p = proc_open(['sh', '-c', 'sleep 0.3'], [], $pipes);
sel('child exits, SIGCHLD handled', [$idle], null, null, 3);
proc_close($p);
pcntl_signal(SIGCHLD, SIG_DFL);
echo "done\n";
