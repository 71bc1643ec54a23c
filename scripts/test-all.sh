#!/usr/bin/env bash
# Every test, in the order that fails fastest: static checks, unit tests, the API over HTTP on
# the embedded server and on Debian's PostgreSQL, then the browser. Ends with one line:
# `tests: N passed, N failed, N skipped`, summed over every runner.
set -uo pipefail
cd "$(dirname "$0")/.."

results="test-results"
rm -rf "$results" && mkdir -p "$results/reports"
export NG_CLI_ANALYTICS=false
failed_checks=()
started_all=$(date +%s)

# Runs one step; a failure is recorded and the run goes on, so one report shows everything.
step() {
  local name="$1"
  shift
  local started
  started=$(date +%s)
  echo
  echo "== $name"
  if "$@"; then
    echo "-- $name passed in $(($(date +%s) - started)) s"
  else
    echo "-- $name FAILED after $(($(date +%s) - started)) s"
    failed_checks+=("$name")
    return 1
  fi
}

jest_run() {
  local report="$1"
  shift
  npx jest --ci --json --outputFile="$results/reports/$report.json" "$@"
}

# Debian packages download while the static checks run.
bash scripts/system-packages.sh >"$results/system-packages.log" 2>&1 &
system_packages=$!

step "generated code is fresh" npm run --silent codegen:check
step "format" npx prettier --check --log-level warn .
step "lint" npx eslint --max-warnings 0 .
step "typecheck" npm run --silent typecheck
step "unit tests" jest_run unit
step "lint rules" jest_run lint-rules -c tests/lint/jest.config.ts
step "build" npm run --silent build
built=$?

wait "$system_packages"
have_system_packages=$?
cat "$results/system-packages.log"

step "API on the embedded server" jest_run api-embedded -c tests/api/jest.config.ts

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  cluster="$(mktemp -d /tmp/waypoint-debian-pg.XXXXXX)"
  chmod 755 "$cluster"
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  if step "start Debian PostgreSQL" bash scripts/debian-postgres.sh start "$cluster" "$port"; then
    TEST_DATABASE_ADMIN_URL="postgres://waypoint@127.0.0.1:$port/postgres" \
      step "API on Debian PostgreSQL" jest_run api-debian-postgres -c tests/api/jest.config.ts
  fi
  bash scripts/debian-postgres.sh stop "$cluster"
else
  echo
  echo "== API on Debian PostgreSQL: SKIPPED (postgresql is not installed and could not be installed here)"
fi

if [ "$built" -ne 0 ]; then
  echo "== browser tests: not run, the build failed"
elif [ -x /usr/bin/chromium ]; then
  step "browser" jest_run browser -c tests/e2e/jest.config.ts
else
  echo "== browser tests: chromium is missing and could not be installed"
  failed_checks+=("browser (no chromium)")
fi
[ "$have_system_packages" -eq 0 ] || echo "note: some system packages were missing (see above)"

echo
echo "== summary ($(($(date +%s) - started_all)) s)"
node scripts/summarize-tests.mjs "$results/reports" "${failed_checks[@]}"
