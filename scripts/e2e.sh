#!/usr/bin/env bash
# End-to-end tests against a real n8n: installs the Node 24 + n8n runtime once (cached outside the work
# tree), builds the package, then runs jest; the global setup packs the build and loads it into n8n.
# Needs only `npm ci` beforehand. Extra arguments go to jest (e.g. -t 'wrong token').
set -euo pipefail
cd "$(dirname "$0")/.."

echo "[e2e] preparing the n8n runtime" >&2
bash scripts/n8n-runtime.sh >/dev/null

echo "[e2e] building the package" >&2
npm run --silent build

# The global setup would build again otherwise.
export N8N_E2E_SKIP_BUILD=1
exec npx --no-install jest -c jest.e2e.config.js --runInBand "$@"
