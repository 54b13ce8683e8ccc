#!/usr/bin/env bash
# npm run demo: the local loop on the bundled examples, with the same code the actions run.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
gate() {
  node bin/mlops.js eval-gate --champion examples/eval-gate/champion.json \
    --policy examples/eval-gate/policy.yml --report-path "$out/$1-report.json" \
    --comment-path "$out/$1-comment.md" --challenger "examples/eval-gate/$1.json"
}

printf '== eval-gate: a challenger that improves on the champion\n\n'
gate challenger || exit 1

printf '\n== eval-gate: a challenger that regressed; the gate stops it (exit 1)\n\n'
if gate challenger-regressed; then
  echo "expected the regressed challenger to fail the gate" >&2
  exit 1
fi
printf '\nReports and comments: %s\n' "$out"
