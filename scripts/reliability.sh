#!/usr/bin/env bash
# Reliability, after `npm install`:
#   1. the n8n runtime (cached) and the package build;
#   2. the *.reliability.js suites (jest.reliability.config.js; each starts its own n8n): the load
#      ledger, the restart, and the webhook routing test (queue mode with two webhook processes behind
#      nginx routing by URL: concurrent duplicates and a retry burst to two triggers);
#   3. the whole e2e suite again with n8n in queue mode: Redis + PostgreSQL + n8n main, one worker and
#      one webhook process (test/e2e/setup/global-setup.js with N8N_E2E_QUEUE_MODE=1).
# Redis, PostgreSQL and nginx are Debian's packages, installed by scripts/queue-mode-deps.sh when
# missing (needs root or sudo; no system service is left running); all run as throwaway instances on
# 127.0.0.1 on free ports and are stopped afterwards.
# 4. the hostile-input property tests in full: 10,000 generated deliveries per trigger and node version
#    (`npm test` runs a seeded sample of the same generators).
# Extra arguments go to both jest runs (e.g. -t 'duplicate').
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/queue-mode-deps.sh

echo "[reliability] preparing the n8n runtime" >&2
bash scripts/n8n-runtime.sh >/dev/null

echo "[reliability] building the package" >&2
npm run --silent build
export N8N_E2E_SKIP_BUILD=1

echo "[reliability] load ledger, restart and webhook routing (real n8n)" >&2
npx --no-install jest -c jest.reliability.config.js --runInBand "$@"

echo "[reliability] hostile input in full (10,000 deliveries per trigger and node version)" >&2
RELIABILITY_FULL=1 npx --no-install jest test/unit/reliability "$@"

echo "[reliability] the e2e suite in queue mode (Redis, PostgreSQL, main + worker + webhook process)" >&2
N8N_E2E_QUEUE_MODE=1 npx --no-install jest -c jest.e2e.config.js --runInBand "$@"
