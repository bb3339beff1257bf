--TEST--
tsp_sockets: stream_socket_server(): the stream holds one reference to its context: the context goes with the stream, as with core's function
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
class Mark { public function __construct(public string $what) {} public function __destruct() { echo "{$this->what} freed\n"; } }
foreach (['tcp://127.0.0.1:0', 'unix://' . sys_get_temp_dir() . '/tsp-ctx-' . getmypid() . '.sock', 'tcp://127.0.0.1'] as $t) {
    $ctx = stream_context_create(['app' => ['mark' => new Mark(explode(':', $t)[0] . ' context')]]);
    $s = @stream_socket_server($t, $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
    unset($ctx);
    echo "closing\n";
    if ($s) {
        fclose($s);
    }
    echo "closed\n";
}
@unlink(sys_get_temp_dir() . '/tsp-ctx-' . getmypid() . '.sock');
?>
--EXPECT--
closing
tcp context freed
closed
closing
unix context freed
closed
tcp context freed
closing
closed
