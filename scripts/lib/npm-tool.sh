# Sourced by scripts that run a tool from the npm registry: installs `package@version` once into
# <cache>/n8n-nodes-restaurant-pos/<folder>, checked by a file the install must leave, and prints the folder.
# Usage: npm_tool <log tag> <folder name> <package> <version> <file that proves the install, under node_modules/>
npm_tool() {
  local tag="$1" folder="$2" package="$3" version="$4" proof="$5"
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-restaurant-pos/$folder"
  # The project's .npmrc reaches child npm calls through `npm run`; these installs need none of it.
  unset npm_config_ignore_scripts NPM_CONFIG_IGNORE_SCRIPTS
  if [ ! -f "$dir/node_modules/$proof" ]; then
    echo "[$tag] installing $package@$version into $dir" >&2
    mkdir -p "$dir"
    [ -f "$dir/package.json" ] || echo "{\"name\":\"$folder-runtime\",\"private\":true}" > "$dir/package.json"
    # --ignore-scripts: these tools need no install step, and none may reach beyond the registry.
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts "$package@$version" >&2) ||
      { echo "[$tag] FAILED: npm could not install $package@$version" >&2; return 1; }
    [ -f "$dir/node_modules/$proof" ] ||
      { echo "[$tag] FAILED: $package@$version installed no node_modules/$proof" >&2; return 1; }
  fi
  echo "$dir"
}
