# tsp_sockets: C unit tests of src/core/, built with the plain compiler (no PHP).
# tests/unit/run.sh compiles every src/core/tsp_*.c itself and the target is
# phony: it has no prerequisites to list, and always runs.
tsp-unit:
	$(srcdir)/tests/unit/run.sh

# The core's text parsers are re2c grammars: each src/core/*.re generates the
# .c of the same name beside it. The .c files are committed, so that a build
# (from git, a release or PECL) needs no re2c and never runs it. After editing
# a .re, regenerate with
#   make tsp-re2c                              (in a configured tree)
#   make -f Makefile.frag tsp-re2c srcdir=.    (anywhere, from the top folder)
# The flags are pinned so that the output depends on the .re alone (no date,
# no version, no #line with a path): ./dev.sh test regenerates into a scratch
# folder (TSP_RE2C_OUT) and fails when a committed .c differs. The committed
# files come from re2c 3.0 (Debian 12's).
TSP_RE2C = re2c
TSP_RE2C_FLAGS = -W -s -i --no-generation-date --no-version
TSP_RE2C_SOURCES = src/core/tsp_activation.re src/core/tsp_addr.re src/core/tsp_num.re src/core/tsp_url.re
TSP_RE2C_OUT = $(srcdir)

tsp-re2c:
	@for f in $(TSP_RE2C_SOURCES); do \
		mkdir -p "$(TSP_RE2C_OUT)/$${f%/*}" || exit 1; \
		echo "$(TSP_RE2C) $(TSP_RE2C_FLAGS) -o $${f%.re}.c $$f"; \
		$(TSP_RE2C) $(TSP_RE2C_FLAGS) -o "$(TSP_RE2C_OUT)/$${f%.re}.c" "$(srcdir)/$$f" || exit 1; \
	done

.PHONY: tsp-unit tsp-re2c
