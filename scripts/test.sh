#!/usr/bin/env bash
# Install what the test suite needs on a fresh machine, then run the whole suite.
#   - Debian's Chromium for the real-browser tests (when missing and we may install it)
#   - the Python packages of requirements-dev.txt
# Exits non-zero when a test fails or when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  if [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; then
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq chromium >/dev/null
  fi
fi

python3 -m pip install -q -r requirements-dev.txt

set +e
python3 -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$rc"
