# tsp_sockets: C unit tests of core/, built with the plain compiler (no PHP).
TSP_UNIT_SRCS = $(srcdir)/core/tsp_activation.c $(srcdir)/core/tsp_addr.c $(srcdir)/core/tsp_err.c $(srcdir)/core/tsp_io.c $(srcdir)/core/tsp_msg.c $(srcdir)/core/tsp_opt.c $(srcdir)/core/tsp_poll.c $(srcdir)/core/tsp_url.c

tsp-unit: $(TSP_UNIT_SRCS) $(srcdir)/tests/unit/unit.c
	$(srcdir)/tests/unit/run.sh

.PHONY: tsp-unit
