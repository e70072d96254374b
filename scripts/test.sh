#!/usr/bin/env bash
# Install the test dependencies and run the whole suite; fails when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -r requirements-dev.txt
python3 -m ruff check .
set +e
python3 -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$rc"
