<?php
require __DIR__ . '/../inc/streams.inc';
server('unix://' . str_repeat('a', 107));
server('unix://' . str_repeat('b', 108));
server('unix://' . str_repeat('c', 200));
server("unix://\0" . str_repeat('d', 106));
server("unix://\0" . str_repeat('e', 120));
server("unix://nul\0byte.sock");
echo json_encode(array_map('strlen', glob('*'))), "\n";
echo "done\n";
