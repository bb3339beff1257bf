#!/usr/bin/env bash
# tsp_sockets - a socket extension for PHP
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026, the tsp_sockets authors. See LICENSE.
#
# The PHP versions of the test matrix that this machine's Debian does not
# ship, as Debian ships them: a chroot made with debootstrap from the
# machine's own archive, holding that suite's php-cli and php-dev.
#
#   scripts/chroot.sh make 8.4     Debian 13 (trixie): php8.4
#   scripts/chroot.sh make 8.5     Debian sid with php8.5 from experimental
#   scripts/chroot.sh make 8.6     the same with php8.6 (a release candidate today)
#       prints the chroot's path on its last line; exits 3 with one line
#       "unavailable: <reason>" when the archive does not serve the leg
#   scripts/chroot.sh run DIR [--net] CMD...
#       runs CMD in the chroot DIR with /proc and /dev mounted (in a private
#       mount namespace, so nothing stays mounted) and, unless --net, in a
#       private network namespace whose loopback is up (then CMD finds
#       TSP_PRIVATE_NETNS=1 in its environment)
#
# Chroots live in $TSP_CACHE/chroot-<leg>; one is made again when it is
# missing, when its recipe below changed, or when it is older than a week
# and its packages can be upgraded. The host's apt configuration is never
# written: apt runs inside the chroot.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/lib.sh"
. "$ROOT/scripts/debian.sh"

# recipe LEG: "suite|extra suite|packages from the suite|packages from the extra suite"
recipe() {
	case $1 in
		8.4) echo "trixie||php8.4-cli php8.4-dev make|" ;;
		8.5) echo "sid|experimental|make php-common|php8.5-cli php8.5-dev php8.5-common php8.5-readline" ;;
		8.6) echo "sid|experimental|make php-common|php8.6-cli php8.6-dev php8.6-common php8.6-readline" ;;
		*) die "chroot.sh: no leg $1 (8.4, 8.5 or 8.6)" ;;
	esac
}

# in_chroot DIR [--net] CMD...: without --net, in a private network namespace
in_chroot() {
	local dir=$1 net=-n; shift
	[ "${1:-}" = --net ] && { net=""; shift; }
	unshare -m $net bash -c '
		dir=$1 net=$2; shift 2
		[ -z "$net" ] || ip link set lo up 2>/dev/null || true
		mount -t proc proc "$dir/proc" && mount --rbind /dev "$dir/dev" || exit 125
		exec chroot "$dir" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
			HOME=/root LANG=C.UTF-8 TERM=dumb ${net:+TSP_PRIVATE_NETNS=1} "$@"' \
		_ "$dir" "$net" "$@"
}

apt_in() { # DIR apt-get-arguments...
	local dir=$1; shift
	in_chroot "$dir" --net env DEBIAN_FRONTEND=noninteractive \
		apt-get -q -o Acquire::Check-Valid-Until=false -o APT::Install-Recommends=false "$@"
}

# install_php DIR EXTRA PKGS EXTRA_PKGS: the leg's packages into the chroot
install_php() {
	local dir=$1 extra=$2 pkgs=$3 xpkgs=$4 main p list=()
	main=$(deb_archive)
	if [ -n "$extra" ]; then
		printf 'deb %s %s main\n' "$main" "$extra" > "$dir/etc/apt/sources.list.d/$extra.list"
	fi
	apt_in "$dir" update >/dev/null 2>&1 || return 1
	# the extra suite's packages by name/suite, so that everything else comes from the base suite
	for p in $xpkgs; do list+=("$p/$extra"); done
	apt_in "$dir" install -y $pkgs >/dev/null 2>"$dir.err" || return 1
	((${#list[@]} == 0)) || apt_in "$dir" install -y "${list[@]}" >/dev/null 2>"$dir.err" || return 1
}

# The names tests may use, as a Debian install has them (debootstrap writes no
# /etc/hosts); nothing else resolves here.
hosts_file() {
	[ -s "$1/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$1/etc/hosts"
}

make_chroot() {
	local leg=$1 r suite extra pkgs xpkgs dir stamp main tmp
	r=$(recipe "$leg")
	IFS='|' read -r suite extra pkgs xpkgs <<<"$r"
	dir=$TSP_CACHE/chroot-$leg
	stamp=$dir/.tsp-recipe
	if [ -x "$dir/usr/bin/php$leg" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$r" ]; then
		if [ -z "$(find "$stamp" -mtime -7)" ]; then
			note "chroot $leg: older than a week, upgrading its packages"
			if apt_in "$dir" update >/dev/null 2>&1 && apt_in "$dir" -y upgrade >/dev/null 2>&1; then
				touch "$stamp"
			fi
		fi
		hosts_file "$dir"
		echo "$dir"
		return 0
	fi
	need_pkgs debootstrap >&2
	main=$(deb_archive) || { echo "unavailable: no Debian archive in this machine's apt sources"; exit 3; }
	tmp=$dir.new
	rm -rf "$tmp"
	mkdir -p "$TSP_CACHE"
	note "chroot $leg: debootstrap $suite (about a minute)"
	if ! debootstrap --variant=minbase "$suite" "$tmp" "$main" >"$tmp.log" 2>&1; then
		echo "unavailable: debootstrap $suite failed: $(grep -E '^E:' "$tmp.log" | head -n 1)"
		rm -rf "$tmp"
		exit 3
	fi
	note "chroot $leg: installing $pkgs${xpkgs:+ and from $extra: $xpkgs}"
	if ! install_php "$tmp" "$extra" "$pkgs" "$xpkgs" || [ ! -x "$tmp/usr/bin/php$leg" ]; then
		echo "unavailable: $suite${extra:+/$extra} does not serve $pkgs $xpkgs: $(grep -E '^E:' "$tmp.err" 2>/dev/null | head -n 1)"
		rm -rf "$tmp"
		exit 3
	fi
	rm -f "$tmp.log" "$tmp.err" "$tmp/var/cache/apt/archives/"*.deb
	hosts_file "$tmp"
	echo "$r" > "$tmp/.tsp-recipe"
	rm -rf "$dir"
	mv "$tmp" "$dir"
	echo "$dir"
}

case ${1:-} in
	make) make_chroot "${2:?leg}" ;;
	run)
		shift
		in_chroot "$@"
		;;
	*) sed -n '7,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
