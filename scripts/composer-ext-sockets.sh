#!/usr/bin/env bash
# Asks Composer whether a project requiring ext-sockets can run on a PHP that
# has tsp_sockets and not the bundled sockets: `composer update --no-install`
# and `composer check-platform-reqs --lock` on a temporary composer.json
# (packagist disabled: nothing is downloaded). PHP runs with -n, tsp_sockets
# and only the extensions Composer itself needs.
#   scripts/composer-ext-sockets.sh [path/to/tsp_sockets.so]
#   scripts/composer-ext-sockets.sh --probe [path/to/tsp_sockets.so]
#       only says whether this PHP can run Composer at all (exit 0 or 77)
# Prints Composer's check line ("ext-sockets 8.2.x success"); exit status 0
# when Composer is satisfied, 1 when not, 77 when Composer is not installed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PHP=${PHP:-php8.2}
PROBE=""
[ "${1:-}" = --probe ] && { PROBE=1; shift; }
EXT=${1:-$ROOT/modules/tsp_sockets.so}
COMPOSER=${COMPOSER_BIN:-$(command -v composer || true)}
[ -n "$COMPOSER" ] || { echo "composer is not installed (apt-get install composer)" >&2; exit 77; }
[ -f "$EXT" ] || { echo "no $EXT: build first" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
extdir=$("$PHP" -n -r 'echo ini_get("extension_dir");')
args=(-n)
for e in iconv mbstring ctype tokenizer intl phar; do   # what Composer's own code uses
	[ -f "$extdir/$e.so" ] && args+=(-d "extension=$e")
done
args+=(-d "extension=$EXT")
# a phar composer (composer.phar) needs phar; Debian's is a script
printf '%s\n' '{"require": {"ext-sockets": "*"}, "repositories": [{"packagist.org": false}]}' >"$dir/composer.json"
run() { (cd "$dir" && HOME=$dir COMPOSER_HOME=$dir COMPOSER_NO_AUDIT=1 "$PHP" "${args[@]}" "$COMPOSER" "$@" --no-interaction --no-ansi 2>&1); }
# a PHP built with few extensions (the debug leg's) cannot run Composer itself
if ! run --version >/dev/null; then
	echo "this PHP ($PHP) cannot run Composer" >&2
	exit 77
fi
[ -z "$PROBE" ] || exit 0
out=$(run update --no-install) || { echo "$out" | grep -i "ext-sockets" >&2 || echo "$out" >&2; exit 1; }
out=$(run check-platform-reqs --lock)
rc=$?
echo "$out" | grep "ext-sockets"
exit $rc
