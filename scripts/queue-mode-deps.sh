#!/usr/bin/env bash
# The Debian packages the queue-mode runs need (scripts/lib/queue-mode.js): redis-server, PostgreSQL,
# and nginx for the two-webhook-process variant. Missing ones are installed (needs root or sudo);
# nothing is started here: the tests run throwaway instances on 127.0.0.1 on free ports.
#
# Debian's install scripts start a package's system service (nginx on port 80, a PostgreSQL cluster
# on 5432) unless /usr/sbin/policy-rc.d forbids it. Where there is no such policy, one that answers
# 101 ("action forbidden") is put in place for the install and removed again; if a system nginx runs
# all the same after nginx was installed here, it is stopped (the pid in its own pid file).
set -euo pipefail

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
		echo "[queue-mode-deps] need root to run: $*" >&2
		return 1
	fi
}

has_nginx() { command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; }

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null || missing+=(postgresql)
has_nginx || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0

policy=/usr/sbin/policy-rc.d
added_policy=0
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\n# Added by scripts/queue-mode-deps.sh for one apt-get install: start no services.\nexit 101\n' |
		as_root tee "$policy" >/dev/null
	as_root chmod 755 "$policy"
	added_policy=1
fi
remove_policy() {
	if [ "$added_policy" = 1 ]; then as_root rm -f "$policy" || true; fi
}
trap remove_policy EXIT

echo "[queue-mode-deps] installing ${missing[*]}" >&2
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2

case " ${missing[*]} " in
*" nginx "*)
	# Debian's nginx writes its pid here; a live pid means the install started the system service.
	pid_file=/run/nginx.pid
	if [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
		echo "[queue-mode-deps] stopping the system nginx the install started (pid $(cat "$pid_file"))" >&2
		as_root nginx -s quit || as_root kill "$(cat "$pid_file")" || true
	fi
	;;
esac
