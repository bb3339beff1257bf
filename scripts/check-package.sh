#!/usr/bin/env bash
# Checks what the packages ship, without touching the system's PHP for long:
#  1. package.xml lists exactly the files git tracks that belong in the package
#  2. package.xml, the header and the changelog agree on the version
#  3. composer.json is valid for PIE (composer validate)
#  4. `pecl package` makes a tarball that builds on its own (phpize, configure,
#     make in a temporary directory) and loads
#  5. ./dev.sh install and ./dev.sh uninstall leave the machine as it was
# Last line: "package: N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PHP=${PHP:-php8.2}
pass=0; fail=0
ok() { echo "package: ok   - $*"; pass=$((pass + 1)); }
ko() { echo "package: FAIL - $*"; fail=$((fail + 1)); }

# 1
want=$("$PHP" -n -d extension=xmlwriter scripts/package-xml.php --files)
have=$(grep -o '<file name="[^"]*"' package.xml | sed 's/<file name="//; s/"$//' | sort)
if [ "$want" = "$(echo "$want" | sort)" ] && [ "$(echo "$want" | sort)" = "$have" ]; then
	ok "package.xml lists the $(echo "$have" | wc -l) files that belong in the package"
else
	ko "package.xml's file list differs from the tracked files (regenerate: php scripts/package-xml.php > package.xml)"
	diff <(echo "$want" | sort) <(echo "$have") | head -20
fi

# 2
hv=$(sed -n 's/#define PHP_TSP_SOCKETS_VERSION "\(.*\)"/\1/p' php_tsp_sockets.h)
pv=$(sed -n 's:.*<release>\(.*\)</release>.*:\1:p' package.xml | head -n 1)
if [ -n "$hv" ] && [ "$hv" = "$pv" ] && grep "^## $hv " CHANGELOG.md >/dev/null; then
	ok "version $hv in php_tsp_sockets.h, package.xml and CHANGELOG.md"
else
	ko "versions differ: header '$hv', package.xml '$pv' (and CHANGELOG.md)"
fi

# 3
if command -v composer >/dev/null; then
	if out=$(COMPOSER_ALLOW_SUPERUSER=1 composer validate --no-check-publish --no-interaction 2>&1); then
		ok "composer.json is valid ($(echo "$out" | tail -n 1))"
	else
		ko "composer validate: $out"
	fi
else
	ko "composer is not installed"
fi

# 4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git archive --format=tar HEAD | tar -C "$tmp" -xf - 2>/dev/null || cp -r . "$tmp"
cp package.xml "$tmp/"
if (cd "$tmp" && pecl package package.xml >"$tmp/pecl.log" 2>&1); then
	tgz=$(ls "$tmp"/tsp_sockets-*.tgz | head -n 1)
	mkdir "$tmp/build"
	tar -C "$tmp/build" -xzf "$tgz"
	src=$(ls -d "$tmp"/build/tsp_sockets-*/ | head -n 1)
	if (cd "$src" && phpize8.2 >/dev/null && ./configure --with-php-config="$(command -v php-config8.2)" >/dev/null \
			&& make -j"$(nproc)" >/dev/null 2>&1) && "$PHP" -n -d extension="$src/modules/tsp_sockets.so" -m | grep -x tsp_sockets >/dev/null; then
		ok "pecl package made $(basename "$tgz"), which builds from the tarball alone and loads"
		# pecl install from the tarball, then pecl uninstall: the machine as it was
		if [ "$(id -u)" = 0 ] && ! pecl list 2>/dev/null | grep '^tsp_sockets ' >/dev/null; then
			extdir=$(php-config8.2 --extension-dir)
			before=$(ls "$extdir")
			if (cd "$tmp" && pecl install --nodeps "$tgz" >"$tmp/pecl-install.log" 2>&1) && [ -f "$extdir/tsp_sockets.so" ] \
					&& "$PHP" -n -d extension=tsp_sockets -m | grep -x tsp_sockets >/dev/null; then
				pecl uninstall tsp_sockets >"$tmp/pecl-uninstall.log" 2>&1
				if [ "$before" = "$(ls "$extdir")" ]; then
					ok "pecl install of the tarball built and installed tsp_sockets.so (it loads); pecl uninstall removed it"
				else
					ko "pecl uninstall left $extdir different"
				fi
			else
				ko "pecl install of the tarball failed: $(tail -n 5 "$tmp/pecl-install.log")"
				pecl uninstall tsp_sockets >/dev/null 2>&1 || true
			fi
		fi
	else
		ko "the tarball $(basename "$tgz") does not build or load"
	fi
else
	ko "pecl package failed: $(tail -n 5 "$tmp/pecl.log")"
fi

# 5
snap() {
	{ "$PHP" -m; ls -la /etc/php/8.2/*/conf.d/ 2>/dev/null | awk '{print $9, $10, $11}'; ls /etc/php/8.2/mods-available;
	  find /var/lib/php/modules -printf '%p %y\n' 2>/dev/null | sort; ls "$(php-config8.2 --extension-dir)"; } 2>&1
}
if [ "$(id -u)" = 0 ] && [ -d /etc/php/8.2/mods-available ]; then
	before=$(snap)
	if ./dev.sh install >"$tmp/install.log" 2>&1 && grep '^installed:' "$tmp/install.log" >/dev/null \
			&& ./dev.sh uninstall >"$tmp/uninstall.log" 2>&1; then
		after=$(snap)
		if [ "$before" = "$after" ]; then
			ok "./dev.sh install then uninstall: php -m listed tsp_sockets (the bundled sockets not loaded), and the machine is as it was"
		else
			ko "after uninstall the machine differs:"; diff <(echo "$before") <(echo "$after") | head -20
		fi
	else
		ko "./dev.sh install/uninstall failed:"; tail -n 5 "$tmp"/install.log "$tmp"/uninstall.log 2>/dev/null
		[ -e /var/lib/tsp_sockets/installed ] && ./dev.sh uninstall >/dev/null 2>&1
	fi
else
	echo "package: install/uninstall not checked (needs root and Debian's /etc/php/8.2)"
fi

echo "package: $pass passed, $fail failed"
[ "$fail" = 0 ]
