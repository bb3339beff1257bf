<?php
/* the context given to stream_socket_server() lives as long as the stream, no longer */
require __DIR__ . '/../inc/streams.inc';
class Mark { public function __construct(public string $what) {} public function __destruct() { echo "{$this->what} freed\n"; } }
foreach (['tcp://127.0.0.1:0', 'udp://127.0.0.1:0', 'unix://tsp-ctx.sock', 'tcp://127.0.0.1', "tcp://127.0.0.1:0\0"] as $t) {
    $ctx = stream_context_create(['app' => ['mark' => new Mark(json_encode($t))]]);
    $s = server($t, str_starts_with($t, 'udp') ? STREAM_SERVER_BIND : null, $ctx, true);
    unset($ctx);
    echo "closing\n";
    if ($s) {
        fclose($s);
    }
    echo "closed\n";
}
@unlink('tsp-ctx.sock');
echo "done\n";
