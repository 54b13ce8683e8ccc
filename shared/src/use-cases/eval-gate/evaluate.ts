import { InputError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { readMetrics, type Metrics } from "../../engine/metrics/read-metrics.js";
import { VERSION } from "../../engine/version.js";
import type { EvalReport } from "../../engine/contracts/eval-report.js";
import type { RunContext } from "../../interface/define-action.js";
import { countStatuses } from "./eval-report.js";
import type { GateInputs } from "./gate-inputs.js";
import { judgeAggregate } from "./judge-aggregate.js";
import { loadPolicy } from "./load-policy.js";

export interface Evaluation {
  readonly report: EvalReport;
  /** The challenger's metrics, for the line of each failing metric in an annotation. */
  readonly challenger: Metrics;
}

/** A file input that gating needs; only comment: from-fork-run reads none. */
function given(inputs: GateInputs, input: "challenger" | "policy"): string {
  const path = inputs[input];
  if (!path) {
    throw new InputError(
      input,
      "is required",
      `Give the ${input} file (only comment: from-fork-run reads none)`,
    );
  }
  return path;
}

/** Reads the policy and both metrics files, judges the challenger, and makes the eval report. */
export async function evaluate(inputs: GateInputs, context: RunContext): Promise<Evaluation> {
  const shown = (path: string) => displayPath(context.cwd, path);
  const ref = async (path: string) => ({ file: shown(path), sha256: await hashFile(path) });
  const optionalRef = async (path: string | undefined) => (path ? ref(path) : null);
  const [challengerFile, policyFile] = [given(inputs, "challenger"), given(inputs, "policy")];
  const policy = loadPolicy(policyFile, shown(policyFile));
  const challenger = readMetrics(challengerFile, shown(challengerFile));
  const champion = inputs.champion
    ? readMetrics(inputs.champion, shown(inputs.champion))
    : undefined;
  const judgement = judgeAggregate(policy, challenger, champion);
  const report: EvalReport = {
    schema: "mlops.eval-report/v1",
    tool: { name: "mlops", version: VERSION },
    created_at: context.now().toISOString(),
    mode: "aggregate",
    verdict: judgement.verdict,
    challenger: await ref(challengerFile),
    champion: await optionalRef(inputs.champion),
    policy: await ref(policyFile),
    model: await optionalRef(inputs["model-file"]),
    rows: judgement.rows,
    counts: countStatuses(judgement.rows),
    notes: judgement.notes,
  };
  return { report, challenger };
}
