#!/usr/bin/env bash
# npm test: every check CI makes, in order, ending with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "lint and format"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }

step "build, and check that generated files and bundles match their sources"
node scripts/check-generated.js

step "type-check the tests"
npx tsc -p test

step "tests"
mkdir -p build
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=build/vitest-results.json || status=$?
node scripts/test-summary.js build/vitest-results.json
exit "$status"
