#!/usr/bin/env bash
# Proves the README's quick start and a slice of the server suite on newer Node.js lines (the
# machines run 20; most users run 22 or 24). For each version: the npm registry's `node` package
# provides the binary, a fresh clone of this checkout is installed with it (no engine warnings),
# `npm start` is smoke-tested with no configuration, then the given server test files run on it.
# Usage: scripts/node-versions-smoke.sh [versions...]   (default: 22 24)
# NODE_SMOKE_TESTS: substrings of server test files to run (default below; "all" = the whole suite).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"
VERSIONS=("$@")
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=(22 24)
TESTS="${NODE_SMOKE_TESTS:-test/app/ test/modules/auth/auth-flow test/graphql/subscriptions.test}"
port=4100
for v in "${VERSIONS[@]}"; do
  bin_dir="$(npx -y -p "node@$v" -c 'dirname "$(command -v node)"')"
  echo "== Node $v: $("$bin_dir/node" -v) from the npm registry's node package"
  work="$(mktemp -d)"
  git clone -q "$REPO" "$work/minegnk"
  (
    cd "$work/minegnk"
    export PATH="$bin_dir:$PATH"
    [ "$(node -v | cut -d. -f1)" = "v$v" ] || { echo "node $v is not first on PATH"; exit 1; }
    npm ci --no-audit --no-fund 2>&1 | tee "$work/install.log" | tail -n 2
    if grep -q EBADENGINE "$work/install.log"; then echo "npm ci on Node $v printed engine warnings"; exit 1; fi
    SMOKE_PORT="$port" bash scripts/smoke-start.sh
    npm run build -w server >/dev/null
    if [ "$TESTS" = all ]; then node server/dist/test/run-tests.js; else node server/dist/test/run-tests.js $TESTS; fi
  )
  rm -rf "$work"
  port=$((port + 10))
done
echo "node-versions smoke: OK on Node ${VERSIONS[*]}"
