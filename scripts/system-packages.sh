#!/usr/bin/env bash
# Installs the Debian packages the tests use when they are missing: Chromium and Roboto for the
# browser tests, PostgreSQL for the run against a standard server. Needs root and apt-get;
# without them it says what is missing and the runs that need it say they were skipped.
set -uo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi roboto || missing+=(fonts-roboto)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system packages: missing ${missing[*]} and cannot install them (needs root and apt-get)"
  exit 1
fi
echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
