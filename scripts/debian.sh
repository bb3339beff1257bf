# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# Debian's archive as this machine's apt sources name it, for the test matrix:
# the archive address is read from the machine (never written in the
# repository), and package indexes are fetched by apt into a private
# directory under TSP_CACHE, so the host's apt configuration is never written.
# Source it after scripts/lib.sh.

DEB_KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# deb_archive [security]: the address of the machine's Debian archive (the
# first "deb" source that is not the security archive), or of its security archive.
deb_archive() {
	local want=${1:-main} f uris
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		# deb822: paragraphs with Types/URIs/Suites
		uris=$(awk -v want="$want" '
			/^Types:/ { deb = ($0 ~ /(^|[ \t])deb([ \t]|$)/) }
			/^URIs:/ { u = $2 }
			/^Suites:/ { s = $0 }
			/^$/ { emit() } END { emit() }
			function emit() {
				if (!done && deb && u != "" && u ~ /debian/) {
					sec = (s ~ /-security/ || u ~ /security/)
					if ((want == "security") == sec) { print u; done = 1; exit }
				}
				deb = 0; u = ""; s = ""
			}' "$f")
		[ -n "$uris" ] && { echo "$uris"; return 0; }
	done
	awk -v want="$want" '$1 == "deb" && $2 ~ /debian/ {
		sec = ($2 ~ /security/ || $3 ~ /-security/)
		if ((want == "security") == sec) { print $2; exit } }' /etc/apt/sources.list 2>/dev/null | grep . && return 0
	return 1
}

# papt SUITE-LIST apt-get-arguments...: apt-get on a private state directory
# whose sources are "deb-src" (and "deb") entries for the given suites of the
# machine's archive. Release files past their Valid-Until date are accepted
# (sid's and experimental's often are).
PAPT_DIR=$TSP_CACHE/apt
papt_config() {
	local main sec s
	main=$(deb_archive) || die "no Debian archive in this machine's apt sources"
	sec=$(deb_archive security || true)
	mkdir -p "$PAPT_DIR/lists/partial" "$PAPT_DIR/cache/archives/partial" "$PAPT_DIR/etc/preferences.d"
	: > "$PAPT_DIR/etc/sources.list"
	for s in "$@"; do
		case $s in
			*-security) [ -n "$sec" ] && printf 'deb-src [signed-by=%s] %s %s main\n' "$DEB_KEYRING" "$sec" "$s" ;;
			*) printf 'deb-src [signed-by=%s] %s %s main\n' "$DEB_KEYRING" "$main" "$s" ;;
		esac
	done >> "$PAPT_DIR/etc/sources.list"
	cat > "$PAPT_DIR/apt.conf" <<-EOF
	Dir::Etc::SourceList "$PAPT_DIR/etc/sources.list";
	Dir::Etc::SourceParts "$PAPT_DIR/etc/none";
	Dir::Etc::Preferences "$PAPT_DIR/etc/none";
	Dir::Etc::PreferencesParts "$PAPT_DIR/etc/preferences.d";
	Dir::State::Lists "$PAPT_DIR/lists";
	Dir::Cache "$PAPT_DIR/cache";
	Acquire::Check-Valid-Until "false";
	APT::Sandbox::User "root";
	EOF
}
papt() { APT_CONFIG=$PAPT_DIR/apt.conf apt-get -q "$@"; }
papt_cache() { APT_CONFIG=$PAPT_DIR/apt.conf apt-cache "$@"; }
