--TEST--
tsp_sockets: answers to the name "sockets" as the bundled extension does (extension_loaded, phpversion, ReflectionExtension, get_extension_funcs), and keeps its own name for its ini settings, its own functions and phpinfo()
--EXTENSIONS--
tsp_sockets
--FILE--
<?php
var_dump(extension_loaded('sockets'), extension_loaded('SOCKETS'), phpversion('sockets') === PHP_VERSION);
$api = new ReflectionExtension('sockets');
var_dump($api->getName(), $api->getVersion() === PHP_VERSION, array_keys($api->getClasses()));
$funcs = get_extension_funcs('sockets');
var_dump(count($funcs) === count($api->getFunctions()), in_array('socket_create', $funcs), in_array('socket_addrinfo_lookup', $funcs),
    in_array('socket_listen_info', $funcs));
var_dump(isset($api->getConstants()['AF_INET'], $api->getConstants()['SOCKET_EAGAIN']), $api->getINIEntries());
var_dump((new ReflectionFunction('socket_create'))->getExtensionName(), (new ReflectionClass('Socket'))->getExtensionName(),
    (new ReflectionFunction('socket_listen_fds'))->getExtensionName());
/* tsp_sockets' own */
$own = new ReflectionExtension('tsp_sockets');
var_dump(extension_loaded('tsp_sockets'), phpversion('tsp_sockets') === $own->getVersion(), get_extension_funcs('tsp_sockets'),
    array_keys($own->getINIEntries()),
    /* the polling API of PHP 8.6 that tsp_sockets provides on older PHP is its own: tests/14_poll */
    array_values(preg_grep('/^(Io|Time)\\\\|^(Stream|Socket)PollHandle$/', array_keys($own->getClasses()), PREG_GREP_INVERT)),
    $own->getConstants());
/* both in phpinfo(), each with its own section */
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
foreach (['sockets', 'tsp_sockets'] as $m) {
    preg_match("/^$m\n\n(.*?)\n\n/ms", $info, $section);
    echo $section[1] ?? "no $m section", "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
string(7) "sockets"
bool(true)
array(2) {
  [0]=>
  string(6) "Socket"
  [1]=>
  string(11) "AddressInfo"
}
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
array(0) {
}
string(7) "sockets"
string(7) "sockets"
string(11) "tsp_sockets"
bool(true)
bool(true)
array(3) {
  [0]=>
  string(18) "socket_listen_info"
  [1]=>
  string(17) "socket_listen_fds"
  [2]=>
  string(16) "socket_import_fd"
}
array(3) {
  [0]=>
  string(25) "tsp_sockets.stream_server"
  [1]=>
  string(25) "tsp_sockets.stream_select"
  [2]=>
  string(27) "tsp_sockets.default_backlog"
}
array(0) {
}
array(0) {
}
Sockets Support => enabled
Provided by => tsp_sockets %s
tsp_sockets support => enabled
Version => %s
%A
