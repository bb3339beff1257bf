<?php
/* proc_open() pipes in the three sets: a child that answers each line, its
 * stdout readable once it answered, its stdin writable, its stderr quiet. */
require __DIR__ . '/_lib.inc';
$proc = proc_open(['sh', '-c', 'while read l; do printf "got %s\\nalso %s\\n" "$l" "$l"; echo "err $l" >&2; done'],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
[$in, $out, $err] = $pipes;
sel('child waiting', [$out, $err], [$in], [$in, $out, $err], 0);
fwrite($in, "one\n");
$r = [$out];
$w = $e = null;
stream_select($r, $w, $e, 2);
$r = [$err];
stream_select($r, $w, $e, 2);
sel('child answered', ['out' => $out, 'err' => $err], ['in' => $in], null, 1);
var_dump(fgets($out), fgets($err));
sel('answers read', [$out, $err], [$in], null, 0);
var_dump(fgets($out));
fwrite($in, "two\n");
$r = [$out];
stream_select($r, $w, $e, 2);
var_dump(fgets($out));
sel('one line read, the other buffered', [$out], [$in], null, 0);
var_dump(fgets($out));
fclose($in);
var_dump(stream_get_contents($out), stream_get_contents($err));
sel('child gone', [$out, $err], null, null, 1);
fclose($out);
fclose($err);
var_dump(proc_close($proc));
echo "done\n";
