#!/usr/bin/env bash
# The oldest supported n8n (default 1.123.81, the newest 1.123.x that installs from the registry) runs
# a smoke subset of the real-n8n suites, installed by scripts/n8n-runtime.sh like the main runtime:
#   - the package loads (every node and credential type listed);
#   - a delivery per trigger: RETM (retm-trigger), Flavours (flavours-trigger), ResDiary (customer-sync);
#   - the action nodes' lists and creates: RETM (retm-actions), Flavours (flavours-list-customers,
#     flavours-create-customer);
#   - n8n's credential test (POST /rest/credentials/test) for a Flavours credential (flavours-create-customer);
#   - every template in examples/ imports and runs (retm-welcome-email, customer-sync, crm-templates,
#     retm-reward-check);
#   - the restart: deliveries acknowledged before it are answered as duplicates after it (the ledger's
#     save depends on the order in which n8n calls the node and saves static data).
#   COMPAT_N8N_VERSION  the n8n to test (default 1.123.81)
# Extra arguments go to both jest runs.
set -euo pipefail
cd "$(dirname "$0")/.."

export N8N_VERSION="${COMPAT_N8N_VERSION:-1.123.81}"
unset N8N_RUNTIME_DIR

echo "[compat] preparing the n8n $N8N_VERSION runtime" >&2
bash scripts/n8n-runtime.sh >/dev/null

echo "[compat] building the package" >&2
npm run --silent build
export N8N_E2E_SKIP_BUILD=1

echo "[compat] e2e smoke subset on n8n $N8N_VERSION" >&2
npx --no-install jest -c jest.e2e.config.js --runInBand --runTestsByPath \
  test/e2e/package-loads.test.js \
  test/e2e/retm-trigger.test.js \
  test/e2e/flavours-trigger.test.js \
  test/e2e/customer-sync.test.js \
  test/e2e/retm-actions.test.js \
  test/e2e/flavours-list-customers.test.js \
  test/e2e/flavours-create-customer.test.js \
  test/e2e/retm-welcome-email.test.js \
  test/e2e/crm-templates.test.js \
  test/e2e/retm-reward-check.test.js \
  "$@"

echo "[compat] restart: the delivery ledger across an n8n restart on n8n $N8N_VERSION" >&2
RELIABILITY_RESTART_DELIVERIES_AFTER="${RELIABILITY_RESTART_DELIVERIES_AFTER:-5}" \
  RELIABILITY_RESTART_RESENT="${RELIABILITY_RESTART_RESENT:-5}" \
  npx --no-install jest -c jest.reliability.config.js --runInBand --runTestsByPath \
  test/e2e/reliability/restart.reliability.js "$@"
