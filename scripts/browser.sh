#!/usr/bin/env bash
# Browser tests: Debian's Chromium (headless, driven by playwright-core; no browser download) against a
# real n8n 2.41.1 that installs this package by name through its community-package installer, from a
# local registry (verdaccio) on 127.0.0.1. Screenshots land in docs/screenshots/.
# Needs root unless chromium and openssl are installed. Extra arguments go to jest (e.g. -t 'dark').
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the suite needs (openssl: the local registry's certificate), installed only when missing.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[browser] installing Debian's ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
fi

echo "[browser] preparing the n8n runtime" >&2
bash scripts/n8n-runtime.sh >/dev/null

echo "[browser] preparing the local registry (verdaccio)" >&2
VERDACCIO_RUNTIME_DIR="$(bash scripts/verdaccio-runtime.sh)"
export VERDACCIO_RUNTIME_DIR

echo "[browser] building the package" >&2
npm run --silent build

# The suite would build again otherwise.
export N8N_E2E_SKIP_BUILD=1
exec npx --no-install jest -c jest.browser.config.js --runInBand "$@"
