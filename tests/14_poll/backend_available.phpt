--TEST--
tsp_sockets: Io\Poll\Backend: getAvailableBackends() lists what works here (poll and epoll on Linux), isAvailable(), supportsEdgeTriggering() (Auto as epoll)
--EXTENSIONS--
tsp_sockets
--SKIPIF--
<?php require __DIR__ . '/../inc/skipif_linux.inc'; ?>
--FILE--
<?php
use Io\Poll\Backend;
var_dump(Backend::getAvailableBackends());
foreach (Backend::cases() as $b) {
    printf("%-10s available=%s edge=%s\n", $b->name, var_export($b->isAvailable(), true), var_export($b->supportsEdgeTriggering(), true));
}
var_dump(Backend::Epoll === Backend::getAvailableBackends()[1], Backend::Auto instanceof UnitEnum, Backend::Auto instanceof BackedEnum);
try {
    Backend::getAvailableBackends(1);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
array(2) {
  [0]=>
  enum(Io\Poll\Backend::Poll)
  [1]=>
  enum(Io\Poll\Backend::Epoll)
}
Auto       available=true edge=true
Poll       available=true edge=false
Epoll      available=true edge=true
Kqueue     available=false edge=false
EventPorts available=false edge=false
WSAPoll    available=false edge=false
bool(true)
bool(true)
bool(false)
Io\Poll\Backend::getAvailableBackends() expects exactly 0 arguments, 1 given
