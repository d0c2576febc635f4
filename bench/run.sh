#!/usr/bin/env bash
# `npm run bench`: builds the package, makes sure the Node 24 + n8n runtime is installed (cached outside
# the work tree), then runs every benchmark and writes bench/RESULTS.md. Not part of `npm test`.
# BENCH_ONLY=handling,returnAll,weight,ingest,ingestLegacy picks a subset.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "[bench] preparing the n8n runtime" >&2
bash scripts/n8n-runtime.sh >/dev/null

echo "[bench] building the package" >&2
npm run --silent build

exec node bench/run.js
