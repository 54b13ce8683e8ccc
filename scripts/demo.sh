#!/usr/bin/env bash
# npm run demo: the whole loop through the six actions, with the code they run, on the
# breast-cancer cases in examples/loop (see its SOURCE.md). A temporary git repository is the
# model registry. The champion is trained and put in production; a challenger is trained, gated
# on its per-example predictions against production's, tried as a canary on live traffic and
# promoted; then a later slice of the data is checked for drift against production's profile.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
loop="$root/examples/loop"
mlops() { node "$root/bin/mlops.js" "$@"; }
out="$(mktemp -d)"
registry="$out/registry"
model=breast-cancer
# An argument list as the actions take it: one argument a line, so paths may hold spaces.
args() { printf '%s\n' "$@"; }
# What each step decided, read from its outputs, for the recap at the end.
said() { sed -n "s/^$1: //p" "$2"; }
decided() { printf '%s\n' "$1" >>"$out/decisions.txt"; }
step() { printf '\n==== %s\n\n' "$1"; }
# The checks a promotion skipped and who skipped them, read from its report: nothing when none.
skips() {
  node -e 'const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    if (r.skipped.length) console.log(` (${r.skipped.join(", ")} skipped by ${r.actor}, on record)`);' "$1"
}
serving=""
trap '[ -n "$serving" ] && kill "$serving" 2>/dev/null; true' EXIT

step "the registry: a git repository whose staging needs an eval report and prod a canary's"
mkdir -p "$registry/.mlops"
cat >"$registry/.mlops/registry.yml" <<'YAML'
# The first model had nothing to be gated against: its owner may skip the evidence, on record.
stages:
  - name: staging
    evidence: true
    may-skip: [model-owner]
  - name: prod
    evidence: true
    may-skip: [model-owner]
YAML
git -C "$registry" init -q
git -C "$registry" add -A
git -C "$registry" -c user.name=demo -c user.email=demo@example.com commit -qm "The registry policy"
cat "$registry/.mlops/registry.yml"
cd "$registry"

step "validate-data: the training cases against their contract; the profile is kept for drift"
mlops validate-data --data "$loop/training.csv" --schema "$loop/data-contract.yml" \
  --report-path "$out/validation.json" --profile-path "$out/training-profile.json" |
  tee "$out/validation.txt"
digest=$(said digest "$out/validation.txt")
decided "validate-data: valid $(said valid "$out/validation.txt"), $(said row-count "$out/validation.txt") rows"

# Each model's params name its output folder; the demo writes both under $out.
train() {
  sed "s|^out: .*|out: $out/$1|" "$loop/$1.yml" >"$out/$1-params.yml"
  mlops train-run --command "$(args node "$loop/train.mjs")" --params "$out/$1-params.yml" \
    --data-digests "$digest" --metrics-file "$out/$1/metrics.jsonl" \
    --trained-model "$out/$1/model.json" --record-path "$out/$1-run.json" | tee "$out/$1.txt"
  decided "train-run $1: $(said metrics "$out/$1.txt"), model sha256 $(said model-digest "$out/$1.txt" | cut -c1-12)"
}
register() {
  mlops promote --model "$model" --version "$1" --stage staging \
    --assets "$out/$2/model.json" --assets "$out/$2/predictions.csv" \
    --assets "$out/training-profile.json" --run-record "$out/$2-run.json" \
    --report-path "$out/promote-$1-staging.json" "${@:3}"
  decided "promote: $1 to staging$(skips "$out/promote-$1-staging.json")"
}

step "train-run: the champion (two features of the nuclei)"
train champion
step "promote: the champion, v1.0.0, to staging and prod (a first model: its owner skips the gates)"
register v1.0.0 champion --actor model-owner --message "First model in production"
mlops promote --model "$model" --operation assign --version v1.0.0 --stage prod \
  --actor model-owner --message "First model in production" --report-path "$out/promote-v1.0.0-prod.json"
decided "promote: v1.0.0 to prod$(skips "$out/promote-v1.0.0-prod.json")"

step "train-run: a pull request's challenger (eight features, shape included)"
train challenger

step "eval-gate: the challenger's predictions against production's, paired case by case"
mlops eval-gate --challenger "$out/challenger/predictions.csv" --champion "$model#prod" \
  --policy "$loop/gate-policy.yml" --model-file "$out/challenger/model.json" \
  --run-record "$out/challenger-run.json" \
  --report-path "$out/eval-report.json" --comment-path "$out/eval-comment.md" >"$out/eval.txt"
printf 'The pull-request comment, as a reviewer reads it:\n\n'
sed 's/^/  | /' "$out/eval-comment.md"
decided "eval-gate: $(said verdict "$out/eval.txt") (challenger against production's predictions)"

step "promote: the challenger, v1.1.0, to staging on the eval report"
register v1.1.0 challenger --evidence "$out/eval-report.json" --actor ci --message "Gated on 134 cases"

step "canary-deploy: v1.1.0 beside v1.0.0 on live traffic, 50% then 100%"
node "$loop/serve.mjs" "$out/serving" "$out/champion/model.json" "$out/challenger/model.json" &
serving=$!
for _ in $(seq 50); do [ -f "$out/serving/serve.json" ] && break; sleep 0.1; done
mlops canary-deploy --steps 50,100 --interval 4s --max-holds 3 \
  --set-weight-command "$(args node "$loop/set-weight.mjs" "$out/serving" '{weight}')" \
  --metrics-command "$(args node "$loop/canary-metrics.mjs" "$out/serving")" --policy "$loop/canary-policy.yml" \
  --model-file "$out/challenger/model.json" --report-path "$out/canary-report.json" |
  tee "$out/canary.txt"
kill "$serving" && serving=""
decided "canary-deploy: $(said outcome "$out/canary.txt"), final weight $(said final-weight "$out/canary.txt")%"

step "promote: v1.1.0 to prod on the canary report"
mlops promote --model "$model" --operation assign --version v1.1.0 --stage prod \
  --evidence "$out/canary-report.json" --actor ci --message "Canary passed at 50%" \
  --report-path "$out/promote-v1.1.0-prod.json"
decided "promote: v1.1.0 to prod on the canary report"

step "the registry: its history, and what each stage holds"
mlops registry history "$model"
mlops registry show "$model"

# The dataset drifts when 30% of its columns do, as in the scheduled drift workflow; fail-step
# false only reports, where the workflow opens an issue and dispatches retraining.
step "drift-check: the later cases against production's training profile, read from the registry"
mlops drift-check --reference "$model#prod" --current "$loop/later.csv" \
  --ignore-columns "id, malignant" --drift-share 0.3 --fail-step false \
  --report-path "$out/drift-report.json" --html-path "$out/drift-report.html" | tee "$out/drift.txt"
decided "drift-check: drifted $(said drifted "$out/drift.txt"), share of drifted columns $(said share "$out/drift.txt" | cut -c1-5)"

step "what each step decided"
cat "$out/decisions.txt"
printf '\nEverything the demo wrote (reports, PR comment, models, registry): %s\n' "$out"
