<?php
/*
 * Writes package.xml (PEAR package 2.0, for `pecl package`) from the files
 * git tracks, so the package lists exactly what belongs in it. The version
 * comes from PHP_TSP_SOCKETS_VERSION in php_tsp_sockets.h, the one source of
 * truth.
 *   php scripts/package-xml.php > package.xml
 *   php scripts/package-xml.php --files   (the file list only, for the check)
 */
$root = dirname(__DIR__);
chdir($root);

/* What goes in the package, and with which PEAR role. */
function role_of(string $f): ?string
{
    if (preg_match('~^(\.ci|\.github|bench|stress|scripts|tests/unit|tests/fuzz|tests/apifuzz|tests/diff)/~', $f)
        || preg_match('~^(dev\.sh|package\.xml|composer\.json|\.gitignore)$~', $f)
        || preg_match('~(^|/)\.gitignore$~', $f)) {
        return null; /* development only */
    }
    if (preg_match('~^(config\.m4|config\.w32|Makefile\.frag|[^/]+\.[ch]|(src/core|binding)/[^/]+\.(c|h|re)|[^/]+\.stub\.php)$~', $f)) {
        return 'src';
    }
    if (preg_match('~^tests/~', $f)) {
        return 'test';
    }
    if (preg_match('~^(README\.md|LICENSE|CHANGELOG\.md|docs/.+|examples/.+)$~', $f)) {
        return 'doc';
    }
    return null;
}

function package_files(): array
{
    exec('git ls-files', $all, $rc);
    if ($rc !== 0) {
        fwrite(STDERR, "git ls-files failed\n");
        exit(1);
    }
    $out = [];
    foreach ($all as $f) {
        $r = role_of($f);
        if ($r !== null) {
            $out[$f] = $r;
        }
    }
    ksort($out);
    return $out;
}

function version(): string
{
    $h = file_get_contents('php_tsp_sockets.h');
    if (!preg_match('/#define PHP_TSP_SOCKETS_VERSION "([^"]+)"/', $h, $m)) {
        fwrite(STDERR, "no PHP_TSP_SOCKETS_VERSION in php_tsp_sockets.h\n");
        exit(1);
    }
    return $m[1];
}

$files = package_files();
if (($argv[1] ?? '') === '--files') {
    echo implode("\n", array_keys($files)), "\n";
    exit(0);
}

$v = version();
$stability = preg_match('/(alpha|beta|RC)/i', $v, $m) ? strtolower($m[1]) : (version_compare($v, '1.0.0', '<') ? 'beta' : 'stable');
$x = new XMLWriter();
$x->openMemory();
$x->setIndent(true);
$x->setIndentString(' ');
$x->startDocument('1.0', 'UTF-8');
$x->startElement('package');
$x->writeAttribute('packagerversion', '1.10.13');
$x->writeAttribute('version', '2.0');
$x->writeAttribute('xmlns', 'http://pear.php.net/dtd/package-2.0');
$x->writeAttribute('xmlns:tasks', 'http://pear.php.net/dtd/tasks-1.0');
$x->writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
$x->writeAttribute('xsi:schemaLocation', 'http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd');
$x->writeElement('name', 'tsp_sockets');
$x->writeElement('channel', 'pecl.php.net');
$x->writeElement('summary', 'A drop-in replacement for ext/sockets and stream_socket_server()');
$x->writeElement('description', 'tsp_sockets reimplements the socket_* functions and the Socket and AddressInfo classes '
    . 'of the bundled sockets extension, and core\'s stream_socket_server(), with the same signatures and errors: '
    . 'socket_select() without the FD_SETSIZE limit, real errno from stream_socket_server(), a listen backlog that '
    . 'holds bursts, listen-queue introspection and inherited listeners. Disable the bundled sockets extension to use it.');
$x->startElement('lead');
$x->writeElement('name', 'tsp_sockets developers');
$x->writeElement('user', 'tsp');
$x->writeElement('email', 'dev@tsp-sockets.invalid');
$x->writeElement('active', 'yes');
$x->endElement();
$x->writeElement('date', gmdate('Y-m-d', (int) trim((string) shell_exec('git log -1 --format=%ct 2>/dev/null')) ?: time()));
$x->startElement('version');
$x->writeElement('release', $v);
$x->writeElement('api', $v);
$x->endElement();
$x->startElement('stability');
$x->writeElement('release', $stability);
$x->writeElement('api', $stability);
$x->endElement();
$x->startElement('license');
$x->writeAttribute('uri', 'https://opensource.org/licenses/BSD-3-Clause');
$x->text('BSD-3-Clause');
$x->endElement();
$x->writeElement('notes', 'See CHANGELOG.md.');
$x->startElement('contents');
$x->startElement('dir');
$x->writeAttribute('name', '/');
foreach ($files as $f => $role) {
    $x->startElement('file');
    $x->writeAttribute('name', $f);
    $x->writeAttribute('role', $role);
    $x->endElement();
}
$x->endElement();
$x->endElement();
$x->startElement('dependencies');
$x->startElement('required');
$x->startElement('php');
$x->writeElement('min', '8.2.0');
$x->writeElement('max', '8.4.99');
$x->endElement();
$x->startElement('pearinstaller');
$x->writeElement('min', '1.10.0');
$x->endElement();
$x->endElement();
$x->endElement();
$x->writeElement('providesextension', 'tsp_sockets');
$x->startElement('extsrcrelease');
$x->endElement();
$x->endElement();
$x->endDocument();
echo $x->outputMemory();
