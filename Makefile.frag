# tsp_sockets: C unit tests of src/core/, built with the plain compiler (no PHP).
# tests/unit/run.sh compiles every src/core/tsp_*.c itself and the target is
# phony: it has no prerequisites to list, and always runs.
tsp-unit:
	$(srcdir)/tests/unit/run.sh

.PHONY: tsp-unit
