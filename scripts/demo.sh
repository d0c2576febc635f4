#!/usr/bin/env bash
# `npm run demo`: installs the Node 24 + n8n runtime once (cached outside the work tree), builds the
# package, and starts a local n8n with it loaded, fed by the RETM simulator and a local SMTP catcher
# (scripts/demo.js). Set N8N_PORT to choose the port; `--once` (npm run demo -- --once) stops after the
# executions table instead of running until Ctrl-C, with exit status 0 only when every expected
# execution succeeded.
set -euo pipefail
cd "$(dirname "$0")/.."

# Ctrl-C may reach this shell alone (a signal sent to npm is forwarded to its child only): each step
# runs in a process group of its own, and a signal stops that whole group at once instead of waiting
# for a ten-minute install to finish.
set -m
current=
stop_step() {
  [ -n "$current" ] && kill -TERM -- "-$current" 2>/dev/null
  exit 130
}
trap stop_step INT TERM HUP
step() {
  "$@" &
  current=$!
  wait "$current"
  current=
}

echo "[demo] preparing the n8n runtime" >&2
step bash scripts/n8n-runtime.sh >/dev/null

echo "[demo] building the package" >&2
step npm run --silent build

trap - INT TERM HUP
set +m
# exec: a signal reaches demo.js directly, which stops n8n (within seconds) before exiting.
DEMO_SKIP_BUILD=1 exec node scripts/demo.js "$@"
