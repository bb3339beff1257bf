--TEST--
examples/chat_server.php: two clients on port 0, join and leave notices, each line goes to the other client only
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
$cmd = example_cmd('chat_server.php', ['127.0.0.1', '0', '2']);
[$proc, $pipes] = example_start($cmd);
[$host, $port] = example_listening($proc, $pipes);
echo "listening on 127.0.0.1 with a port\n";
echo fgets($pipes[1]) === "talk to it from two terminals with: nc $host $port\n" ? "nc hint\n" : "no nc hint\n";

function hear(string $who, $c): void
{
    $line = fgets($c);
    echo "$who hears: ", $line === false ? "nothing\n" : $line;
}

$a = example_connect($host, $port);
hear('a', $a);
echo 'server: ', fgets($pipes[1]);
$b = example_connect($host, $port);
hear('b', $b);
hear('a', $a);
echo 'server: ', fgets($pipes[1]);

fwrite($a, "hello from a\n");
hear('b', $b);
fwrite($b, "hi a\r\nsecond line\n");   // two lines in one write, one with CRLF
hear('a', $a);
hear('a', $a);
fwrite($a, 'a line in ');               // a line in two writes
usleep(50000);
fwrite($a, "two parts\n");
hear('b', $b);

fclose($b);
hear('a', $a);
echo 'server: ', fgets($pipes[1]);
fclose($a);

example_finish($proc, $pipes);
?>
--EXPECT--
listening on 127.0.0.1 with a port
nc hint
a hears: * you are user1, 1 in the room
server: user1 joined
b hears: * you are user2, 2 in the room
a hears: * user2 joined
server: user2 joined
b hears: user1: hello from a
a hears: user2: hi a
a hears: user2: second line
b hears: user1: a line in two parts
a hears: * user2 left
server: user2 left
user1 left
stopped after 2 clients
exit status 0
