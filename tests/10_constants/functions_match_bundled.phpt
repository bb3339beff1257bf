--TEST--
tsp_sockets: functions and classes: the bundled extension's, with the same signatures
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_bundled.inc'; ?>
--FILE--
<?php
$dump = <<<'PHP'
$out = [];
$ext = new ReflectionExtension($argv[1]);
foreach ($ext->getFunctions() as $f) {
    $params = [];
    foreach ($f->getParameters() as $p) {
        $params[] = [(string) $p->getType(), $p->getName(), $p->isPassedByReference(), $p->isOptional(),
            $p->isDefaultValueAvailable() ? ($p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : var_export($p->getDefaultValue(), true)) : null];
    }
    $out['functions'][$f->getName()] = [$params, (string) $f->getReturnType()];
}
foreach ($ext->getClasses() as $c) {
    $out['classes'][$c->getName()] = [$c->isFinal(), $c->isInstantiable(), $c->isCloneable(), count($c->getMethods()), count($c->getProperties())];
}
echo json_encode($out);
PHP;
$theirs = json_decode(shell_exec(escapeshellarg(PHP_BINARY) . ' -n -d extension=sockets -r ' . escapeshellarg($dump) . ' sockets'), true);
$ours = json_decode(shell_exec(escapeshellarg(PHP_BINARY) . ' -n -d extension=' . escapeshellarg(realpath(getenv('TSP_EXT') ?: __DIR__ . '/../../modules/tsp_sockets.so')) . ' -r ' . escapeshellarg($dump) . ' sockets'), true);
echo 'bundled functions: ', count($theirs['functions']) >= 36 ? 'all' : count($theirs['functions']), "\n";
/* tsp_sockets follows PHP 8.4 here on every version: the default backlog is SOMAXCONN, not 128;
 * socket_accept() takes accept4() flags as an optional second argument */
$documented = ['socket_create_listen', 'socket_accept'];
foreach ($theirs['functions'] as $name => $sig) {
    if (!isset($ours['functions'][$name])) {
        echo "missing: $name\n";
    } elseif ($ours['functions'][$name] !== $sig && !in_array($name, $documented, true)) {
        echo "different: $name\n", json_encode($sig), "\n", json_encode($ours['functions'][$name]), "\n";
    }
}
foreach ($theirs['classes'] as $name => $shape) {
    if (($ours['classes'][$name] ?? null) !== $shape) {
        echo "class differs: $name\n";
    }
}
echo 'added: ', implode(' ', array_keys(array_diff_key($ours['functions'], $theirs['functions']))) ?: '(none)', "\n";
echo 'socket_create_listen backlog default: ', $ours['functions']['socket_create_listen'][0][1][4], "\n";
?>
--EXPECTF--
bundled functions: all
added: %s
socket_create_listen backlog default: SOMAXCONN
