<?php
/* TLS streams (the openssl extension's, as every tcp:// stream is when it is
 * loaded): decrypted bytes that the library holds count as readable (the
 * stream's cast moves them into PHP's buffer), as in core; a TLS stream with
 * nothing pending waits like any socket. */
require __DIR__ . '/_lib.inc';
if (!extension_loaded('openssl')) {
    echo "no openssl\n";
    exit;
}
$tmp = getenv('TSP_DIFF_TMP') ?: sys_get_temp_dir();
$key = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
$csr = openssl_csr_new(['commonName' => 'localhost'], $key, ['digest_alg' => 'sha256']);
$cert = openssl_csr_sign($csr, null, $key, 1, ['digest_alg' => 'sha256']);
openssl_x509_export($cert, $pem);
openssl_pkey_export($key, $kpem);
file_put_contents("$tmp/cert.pem", $pem . $kpem);
$ctx = stream_context_create(['ssl' => ['local_cert' => "$tmp/cert.pem", 'verify_peer' => false, 'verify_peer_name' => false]]);
$l = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
$c = stream_socket_client('tcp://' . stream_socket_get_name($l, false), $errno, $errstr, 2, STREAM_CLIENT_CONNECT, $ctx);
$a = stream_socket_accept($l, 2);
sel('plain tcp before the handshake', [$a, $c], [$a], [$c], 0);
stream_set_blocking($a, false);
stream_set_blocking($c, false);
$done = [false, false];
for ($i = 0; $i < 2000 && !($done[0] && $done[1]); $i++) {
    if (!$done[0]) {
        $done[0] = @stream_socket_enable_crypto($a, true, STREAM_CRYPTO_METHOD_TLS_SERVER) === true;
    }
    if (!$done[1]) {
        $done[1] = @stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_CLIENT) === true;
    }
    $r = [$a, $c];
    $w = $e = null;
    @stream_select($r, $w, $e, 0, 10000);
}
echo 'handshake: ', var_export($done, true) === var_export([true, true], true) ? 'done' : 'failed', "\n";
/* what the handshake left (session tickets): read and dropped */
for ($i = 0; $i < 20; $i++) {
    $r = [$a, $c];
    $w = $e = null;
    if (!stream_select($r, $w, $e, 0, 50000)) {
        break;
    }
    foreach ($r as $s) {
        fread($s, 8192);
    }
}
sel('tls, quiet', [$a, $c], null, [$a, $c], 0);
/* 100 bytes; the client reads 1: PHP's buffer keeps 99 */
fwrite($a, str_repeat('a', 100));
$got = '';
for ($i = 0; $i < 200 && $got === ''; $i++) {
    settle($c);
    $got = fread($c, 1);
}
var_dump($got);
sel('tls, 99 bytes in the buffer', [$c, $a], [$a], [$c], 0);
var_dump(strlen(fread($c, 1000)));
sel('tls, all read', [$c], null, [$c], 0);
/* 5,000 bytes in one record, read 64 at a time: the library holds the rest,
 * PHP's buffer is empty; the cast moves some into the buffer */
stream_set_chunk_size($c, 64);
fwrite($a, str_repeat('b', 5000));
$got = '';
for ($i = 0; $i < 200 && $got === ''; $i++) {
    settle($c);
    $got = fread($c, 64);
}
var_dump(strlen($got));
sel('tls, bytes pending in the library', [$c, $a], [$a], [$c], 0);
$total = strlen($got);
for ($i = 0; $i < 500 && $total < 5000; $i++) {
    $r = [$c];
    $w = $e = null;
    stream_select($r, $w, $e, 1);
    $total += strlen((string) fread($c, 64));
}
echo "read back: $total\n";
sel('tls, drained', [$c], null, null, 0);
fclose($c);
settle($a);
sel('tls, peer closed', [$a], [$a], [$a], 1);
echo "done\n";
