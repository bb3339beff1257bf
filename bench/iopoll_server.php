<?php
/*
 * Ping-pong server for bench/iopoll.sh on Io\Poll, same shape as
 * bench/iopoll_server.c: a Socket listener on 127.0.0.1 (ephemeral port,
 * printed on the first line of stdout), non-blocking, and every accepted
 * Socket in one Io\Poll\Context, level-triggered, asked for reading; each
 * wait accepts what the listener has and echoes what a ready connection
 * sends (socket_read up to 64 bytes, socket_write it back). It ends at the
 * first EOF or error on a connection (the client closes its active
 * connection first), or at the deadline.
 *
 *   php -n -d extension=tsp_sockets.so bench/iopoll_server.php [BACKEND=Epoll] [DEADLINE_S=120]
 *
 * At the end prints "served waits=W echoes=E conns=C" on stderr.
 */
use Io\Poll\{Context, Event, Backend};
use Time\Duration;

require __DIR__ . '/lib.php';

$backend = constant(Backend::class . '::' . ($argv[1] ?? 'Epoll'));
$deadline = hrtime(true) + (int) (((float) ($argv[2] ?? 120)) * 1e9);

$l = listen_loopback(65535);

$ctx = new Context($backend);
$ctx->add(new SocketPollHandle($l), [Event::Read]); /* data null: the listener */
$second = Duration::fromSeconds(1);
$read = [Event::Read];
$waits = $echoes = $conns = 0;
$done = false;
while (!$done) {
    $ready = $ctx->wait($second);
    if ((++$waits & 255) === 0 && hrtime(true) > $deadline) {
        fwrite(STDERR, "deadline\n");
        break;
    }
    foreach ($ready as $w) {
        $s = $w->getData();
        if ($s === null) {
            while (($c = @socket_accept($l)) !== false) {
                $ctx->add(new SocketPollHandle($c), $read, $c);
                $conns++;
            }
            continue;
        }
        $d = socket_read($s, 64);
        if ($d === false || $d === '' || socket_write($s, $d) !== strlen($d)) {
            $done = true;
            break;
        }
        $echoes++;
    }
}
fwrite(STDERR, "served waits=$waits echoes=$echoes conns=$conns\n");
