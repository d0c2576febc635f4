#!/usr/bin/env bash
# Installs verdaccio (the local npm registry of the browser test) once into a cache folder outside the
# work tree, and prints that folder. It is not a dev dependency because it needs an npm "overrides"
# entry (the registry lacks the `cjs` dist-tag verdaccio-audit asks node-fetch for), and n8n's
# community-package lint forbids "overrides" in this package's package.json.
set -euo pipefail

VERDACCIO_VERSION="${VERDACCIO_VERSION:-6.10.4}"
DIR="${VERDACCIO_RUNTIME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-restaurant-pos/verdaccio-$VERDACCIO_VERSION}"

if [ ! -f "$DIR/.complete" ]; then
  echo "[verdaccio-runtime] installing verdaccio@$VERDACCIO_VERSION into $DIR" >&2
  mkdir -p "$DIR"
  cat > "$DIR/package.json" <<JSON
{
  "name": "verdaccio-runtime",
  "private": true,
  "dependencies": { "verdaccio": "$VERDACCIO_VERSION" },
  "overrides": { "verdaccio-audit": { "node-fetch": "2.7.0" } }
}
JSON
  (cd "$DIR" && npm install --no-audit --no-fund --loglevel=error >&2)
  touch "$DIR/.complete"
fi
echo "$DIR"
