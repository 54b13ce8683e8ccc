#!/usr/bin/env bash
# npm run demo: the whole loop on the bundled examples, with the same code the actions run:
# validate the training data, gate the new model against production, register and promote it
# in a git-tag registry, then check the production data for drift.
set -uo pipefail
cd "$(dirname "$0")/.."
mlops() { node bin/mlops.js "$@"; }
out=$(mktemp -d)
step() { printf '\n==== %s\n\n' "$1"; }

step "validate-data: the training table against its contract (7 seeded bad rows; expected to fail)"
mlops validate-data --data examples/validate-data/churn.csv \
  --schema examples/validate-data/data-contract.yml \
  --report-path "$out/validation.json" --profile-path "$out/training-profile.json" &&
  { echo "expected the seeded bad rows to fail the contract" >&2; exit 1; }

step "validate-data: the cleaned table passes, and its profile becomes the drift reference"
mlops validate-data --data examples/validate-data/churn-clean.csv \
  --schema examples/validate-data/data-contract.yml \
  --report-path "$out/validation.json" --profile-path "$out/training-profile.json" || exit 1

step "eval-gate: the challenger against the champion, recording the model's sha256"
registry="$out/registry"
mkdir -p "$registry" && cp examples/eval-gate/challenger.json "$registry/model.json"
git -C "$registry" init -q && git -C "$registry" add -A &&
  git -C "$registry" -c user.name=demo -c user.email=demo@example.com commit -qm "a model"
mlops eval-gate --challenger examples/eval-gate/challenger.json \
  --champion examples/eval-gate/champion.json --policy examples/eval-gate/policy.yml \
  --model-file "$registry/model.json" \
  --report-path "$out/eval-report.json" --comment-path "$out/eval-comment.md" || exit 1

step "eval-gate: a regressed challenger is stopped (exit 1)"
mlops eval-gate --challenger examples/eval-gate/challenger-regressed.json \
  --champion examples/eval-gate/champion.json --policy examples/eval-gate/policy.yml \
  --report-path "$out/regressed.json" --comment-path "$out/regressed.md" &&
  { echo "expected the regressed challenger to fail the gate" >&2; exit 1; }

step "promote: register churn and move it to prod, with the eval report as evidence"
mkdir -p "$registry/.mlops"
printf 'stages:\n  - name: staging\n  - name: prod\n    evidence: true\nordered: false\n' \
  >"$registry/.mlops/registry.yml"
mlops promote --registry "$registry" --model churn --version v1.0.0 --stage prod \
  --assets "$registry/model.json" --assets "$out/training-profile.json" \
  --evidence "$out/eval-report.json" --actor demo --message "Better recall" || exit 1
mlops registry show churn --registry "$registry" || exit 1

step "drift-check: production data against the reference (drift expected; fail-step false)"
mlops drift-check --reference examples/drift-check/reference.csv \
  --current examples/drift-check/current.csv --prediction-column churn_score --fail-step false \
  --report-path "$out/drift-report.json" --html-path "$out/drift-report.html" || exit 1

printf '\nEverything the demo wrote (reports, comment, profile, registry): %s\n' "$out"
