--TEST--
tsp_sockets: Socket objects are not comparable
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$a2 = $a;
var_dump($a == $b, $a != $b, $a === $b, $a == $a2, $a === $a2);
var_dump($a < $b, $a > $b, $a <=> $b, $b <=> $a);
var_dump($a == 1, $a == true, $a == null);
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
int(1)
int(1)
bool(false)
bool(true)
bool(false)
