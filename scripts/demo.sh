#!/usr/bin/env bash
# `npm run demo`: installs the Node 24 + n8n runtime once (cached outside the work tree), builds the
# package, and starts a local n8n with it loaded, fed by the RETM simulator and a local SMTP catcher
# (scripts/demo.js). Set N8N_PORT to choose the port; DEMO_EXIT_AFTER_TABLE=1 stops after the
# executions table instead of running until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "[demo] preparing the n8n runtime" >&2
bash scripts/n8n-runtime.sh >/dev/null

echo "[demo] building the package" >&2
npm run --silent build

# exec: Ctrl-C reaches demo.js directly, which stops n8n before exiting.
DEMO_SKIP_BUILD=1 exec node scripts/demo.js
