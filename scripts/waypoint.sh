#!/usr/bin/env bash
# The README's two commands: `npm start` (build and run the product with demo data) and
# `npm test` (every test). Both arrange their own toolchain first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

command="${1:-}"
case "$command" in
  start)
    ensure_node
    ensure_dependencies
    echo "waypoint: building the dashboard and the API"
    npx ng build dashboard --configuration production
    node scripts/build-offline-worker.mjs
    node scripts/build-api.mjs
    exec node --enable-source-maps dist/api/main.mjs
    ;;
  test)
    ensure_node
    ensure_dependencies
    exec bash scripts/test-all.sh
    ;;
  *)
    echo "usage: scripts/waypoint.sh start|test" >&2
    exit 2
    ;;
esac
