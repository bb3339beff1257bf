# tsp_sockets: C unit tests of src/core/, built with the plain compiler (no PHP).
TSP_UNIT_SRCS = $(srcdir)/src/core/tsp_activation.c $(srcdir)/src/core/tsp_addr.c $(srcdir)/src/core/tsp_err.c $(srcdir)/src/core/tsp_io.c $(srcdir)/src/core/tsp_msg.c $(srcdir)/src/core/tsp_opt.c $(srcdir)/src/core/tsp_poll.c $(srcdir)/src/core/tsp_url.c

tsp-unit: $(TSP_UNIT_SRCS) $(srcdir)/tests/unit/unit.c
	$(srcdir)/tests/unit/run.sh

.PHONY: tsp-unit
