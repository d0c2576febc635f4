#!/usr/bin/env bash
# Reliability against a real n8n (issue 8), after `npm install`:
#   1. the n8n runtime (cached) and the package build;
#   2. the load ledger and the restart suites (jest.reliability.config.js; each starts its own n8n);
#   3. the whole e2e suite again with n8n in queue mode: Redis + PostgreSQL + n8n main, one worker and
#      one webhook process (test/e2e/setup/global-setup.js with N8N_E2E_QUEUE_MODE=1).
# Redis and PostgreSQL are Debian's packages, installed here when missing (needs root or sudo); both
# run as throwaway instances on 127.0.0.1 on free ports and are stopped afterwards.
# The hostile-input property tests are part of `npm test` (test/unit/reliability/).
# Extra arguments go to both jest runs (e.g. -t 'duplicate').
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
		echo "[reliability] need root to run: $*" >&2
		return 1
	fi
}

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
	echo "[reliability] installing ${missing[*]}" >&2
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

echo "[reliability] preparing the n8n runtime" >&2
bash scripts/n8n-runtime.sh >/dev/null

echo "[reliability] building the package" >&2
npm run --silent build
export N8N_E2E_SKIP_BUILD=1

echo "[reliability] load ledger and restart (real n8n)" >&2
npx --no-install jest -c jest.reliability.config.js --runInBand "$@"

echo "[reliability] the e2e suite in queue mode (Redis, PostgreSQL, main + worker + webhook process)" >&2
N8N_E2E_QUEUE_MODE=1 npx --no-install jest -c jest.e2e.config.js --runInBand "$@"
