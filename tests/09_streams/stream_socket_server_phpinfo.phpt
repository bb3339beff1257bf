--TEST--
tsp_sockets: phpinfo() says whether the stream_socket_server() replacement is active
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/stream_socket_server\(\) replacement => (.*)/', $info, $m);
echo $m[1], "\n";
preg_match('/tsp_sockets.default_backlog => (\S+) => (\S+)/', $info, $m);
echo $m[1], ' ', $m[2], "\n";
echo ini_get('tsp_sockets.stream_server'), "\n";
var_dump(ini_set('tsp_sockets.stream_server', '0'));
?>
--EXPECT--
active (tcp, udp, unix, udg)
0 0
1
bool(false)
