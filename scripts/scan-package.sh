#!/usr/bin/env bash
# n8n's community-package scan, offline: @n8n/scan-community-package normally downloads the published
# tarball and the source its npm provenance names; here its own analyser lints what `npm pack` would
# publish (compiled .js and package.json, as the tarball leg does) and this checkout's sources (the
# source leg: package.json, nodes/ and credentials/). Run after `npm run build`. Exits non-zero when
# either leg finds a violation.
#   SCAN_PACKAGE_VERSION  the scanner to use (default 0.32.0), installed once into a cache folder
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

SCAN_VERSION="${SCAN_PACKAGE_VERSION:-0.32.0}"
source scripts/lib/npm-tool.sh
SCAN_DIR="$(npm_tool scan "scan-community-package-$SCAN_VERSION" @n8n/scan-community-package "$SCAN_VERSION" \
  @n8n/scan-community-package/scanner/scanner.mjs)"

[ -d dist ] || { echo "[scan] FAILED: no dist/; run npm run build first" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/n8n-scan-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
npm pack --silent --pack-destination "$WORK" >/dev/null
mkdir "$WORK/package"
tar -xzf "$WORK"/*.tgz -C "$WORK/package" --strip-components=1

node "$ROOT/scripts/lib/scan-package.mjs" "$SCAN_DIR" "$WORK/package" "$ROOT"
