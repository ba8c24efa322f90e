#!/usr/bin/env bash
# Runs the README's `npm start` with no configuration and checks the UI, the API and readiness answer.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${SMOKE_PORT:-3999}"
DATA_DIR="$(mktemp -d)"; chmod 755 "$DATA_DIR"
LOG="$(mktemp)"
# Own session, so cleanup stops exactly this npm start and its children (not other servers).
env -u DATABASE_URL -u REDIS_URL -u GONKA_NODE_URLS -u HYPERFUSION_URL PORT="$PORT" EMBEDDED_PG_DIR="$DATA_DIR/pg" \
  EMBEDDED_PG_PORT="$((PORT + 1))" setsid npm start >"$LOG" 2>&1 &
PID=$!
cleanup() { kill -TERM -- "-$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; sleep 2; rm -rf "$DATA_DIR"; }
trap cleanup EXIT
start=$(date +%s)
until curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
  if ! kill -0 "$PID" 2>/dev/null || [ $(( $(date +%s) - start )) -gt 300 ]; then cat "$LOG"; echo "smoke: not ready"; exit 1; fi
  sleep 1
done
echo "smoke: ready after $(( $(date +%s) - start )) s (build included)"
curl -fs "http://127.0.0.1:$PORT/" | grep -q '<div id="root">' || { echo "smoke: UI not served"; exit 1; }
curl -fs -X POST "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ serverInfo { name } }"}' | grep -q '"MineGNK"' || { echo "smoke: GraphQL did not answer"; exit 1; }
grep -q "GraphQL:" "$LOG" || { echo "smoke: start banner missing"; exit 1; }
grep -q "Sign in:" "$LOG" || { echo "smoke: demo accounts not printed"; exit 1; }
echo "smoke: UI, /graphql and /health/ready OK"
