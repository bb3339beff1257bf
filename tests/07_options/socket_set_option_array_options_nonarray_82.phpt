--TEST--
tsp_sockets: socket_set_option(): SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO with a value that is not an array (PHP 8.2 and 8.3: read as an array)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_php_pre84.inc'; ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO] as $opt) {
    foreach ([5, 'l_onoff', null, true, 1.5] as $v) {
        try {
            var_dump(socket_set_option($s, SOL_SOCKET, $opt, $v));
        } catch (Throwable $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
/* an object is read as an array of its properties on every version */
try { socket_set_option($s, SOL_SOCKET, SO_LINGER, new stdClass); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, (object) ['l_onoff' => 1, 'l_linger' => 2]));
?>
--EXPECT--
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "sec"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
bool(true)
