--TEST--
tsp_sockets: stream_select(): phpinfo() says the replacement is active; tsp_sockets.stream_select is read at startup only
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/stream_select\(\) replacement => (.*)/', $info, $m);
echo $m[1], "\n";
preg_match('/tsp_sockets.stream_select => (\S+) => (\S+)/', $info, $m);
echo $m[1], ' ', $m[2], "\n";
var_dump(ini_get('tsp_sockets.stream_select'));
var_dump(ini_set('tsp_sockets.stream_select', '0'));
var_dump(ini_get('tsp_sockets.stream_select'));
$f = new ReflectionFunction('stream_select');
echo $f->getExtensionName(), ' ', $f->getNumberOfParameters(), ' ', $f->getNumberOfRequiredParameters(), "\n";
foreach ($f->getParameters() as $p) {
    echo $p->isPassedByReference() ? '&' : '', $p->getType(), ' $', $p->getName(), $p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : '', "\n";
}
echo $f->getReturnType(), "\n";
?>
--EXPECT--
active (poll(), no FD_SETSIZE limit)
1 1
string(1) "1"
bool(false)
string(1) "1"
standard 5 4
&?array $read
&?array $write
&?array $except
?int $seconds
?int $microseconds = NULL
int|false
