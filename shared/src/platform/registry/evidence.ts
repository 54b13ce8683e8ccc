import {
  canaryReportContract,
  type CanaryReportHead,
} from "../../engine/contracts/canary-report.js";
import { evalReportContract } from "../../engine/contracts/eval-report.js";
import { refuseNewerVersion, validateReadableVersion } from "../../engine/contracts/validate.js";
import type { EvalReport } from "../../engine/contracts/eval-report.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../../engine/report/shorten.js";
import { EvidenceError } from "./errors.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { recordedText } from "./recorded-text.js";
import {
  canaryContradiction,
  evalContradiction,
  type Contradiction,
} from "./report-contradiction.js";

/** What a promotion can rest on: eval-gate's report, or a promoted canary's. */
export type EvidenceKind = "eval-report" | "canary-report";

/** An eval or canary report read for a promotion, with its own digest (recorded in the stage tag). */
export interface Evidence {
  readonly kind: EvidenceKind;
  /** The name it is stored under in the release of the stage event it allowed. */
  readonly asset: `${EvidenceKind}.json`;
  /** The report as the user named it, for messages and the tag. */
  readonly file: string;
  /** Where it is read from, to store it with the stage event. */
  readonly path: string;
  readonly sha256: string;
  /** pass, fail or inconclusive; a canary's promoted is a pass. */
  readonly verdict: EvalReport["verdict"];
  /**
   * The verdict as the report words it, for messages: eval-gate's verdict, or canary-deploy's
   * outcome (rolled-back where `verdict` says fail), the word its user saw in the rollout.
   */
  readonly stated: { readonly field: "verdict" | "outcome"; readonly value: string };
  /** The model file the report is about. */
  readonly model: { readonly file: string; readonly sha256: string } | null;
  /**
   * What an eval report judged: per-example predictions or aggregate metrics, against a champion
   * or none (a first model, held to absolute bounds only); absent for a canary's report.
   */
  readonly judged?: {
    readonly mode: EvalReport["mode"];
    readonly champion: EvalReport["champion"];
  };
}

/**
 * The evidence as a stage tag records it: the report (kind, digest, verdict, the release asset
 * holding it) and, for an eval report, what it judged, so that an auditor can tell a gate on a
 * typed-in metrics file from one on predictions against a champion. Tags of older versions lack
 * kind, mode and champion; those before the report was stored lack asset.
 */
export interface EvidenceRecord {
  readonly kind?: EvidenceKind;
  readonly file: string;
  readonly sha256: string;
  readonly verdict: string;
  readonly model_sha256: string | null;
  readonly asset?: string;
  readonly mode?: EvalReport["mode"];
  /** The champion compared with; null for a first model's gate. */
  readonly champion?: EvalReport["champion"];
}

export const evidenceRecord = ({ judged, ...evidence }: Evidence): EvidenceRecord => ({
  kind: evidence.kind,
  file: evidence.file,
  sha256: evidence.sha256,
  verdict: evidence.verdict,
  model_sha256: evidence.model?.sha256 ?? null,
  asset: evidence.asset,
  ...(judged && {
    mode: judged.mode,
    champion: judged.champion && { ...judged.champion, file: recordedText(judged.champion.file) },
  }),
});

/** The refusal of a report that contradicts itself, at the field's line where it is known. */
function contradicted(
  file: string,
  lineOf: (pointer: string) => number | undefined,
  { field, problem }: Contradiction,
  action: "eval-gate" | "canary-deploy",
): EvidenceError {
  const line = lineOf(field);
  return new EvidenceError(
    `${line === undefined ? file : `${file}:${line}`}: field '${field}' ${problem}: the report was edited by hand or is damaged`,
    `Run ${action} again and give the report it writes as evidence`,
  );
}

const CANARY_VERDICT: Readonly<Record<CanaryReportHead["outcome"], EvalReport["verdict"]>> = {
  promoted: "pass",
  "rolled-back": "fail",
  inconclusive: "inconclusive",
};

export async function readEvidence(path: string, shownAs: string = path): Promise<Evidence> {
  const doc = readStructured(path, shownAs);
  const sha256 = await hashFile(path);
  const schema = (doc.value as { schema?: unknown } | null)?.schema;
  // A later version of either report is told apart from a file of another kind: it needs a newer mlops.
  for (const contract of [evalReportContract, canaryReportContract])
    refuseNewerVersion(contract, doc.value, shownAs, doc.lineOf);
  if (schema !== canaryReportContract.id && schema !== evalReportContract.id) {
    // Said before any field is checked: a metrics file fails every field, which says nothing.
    // The schema is shortened: the file may be anything, and one line must not echo all of it.
    throw new EvidenceError(
      `${shownAs}: not an eval-gate or canary-deploy report (${schema === undefined ? "it has no 'schema' field" : `its schema is ${shorten(JSON.stringify(schema), REFUSAL_NAME_LIMIT)}`}, not ${evalReportContract.id} or ${canaryReportContract.id})`,
      "Pass as evidence the report eval-gate writes (its report-path, mlops-out/eval-report.json by default) or the one canary-deploy writes",
    );
  }
  if (schema === canaryReportContract.id) {
    const report = validateReadableVersion<CanaryReportHead>(
      canaryReportContract,
      doc.value,
      shownAs,
      doc.lineOf,
    );
    const contradiction = canaryContradiction(report);
    if (contradiction) throw contradicted(shownAs, doc.lineOf, contradiction, "canary-deploy");
    return {
      kind: "canary-report",
      asset: "canary-report.json",
      file: shownAs,
      path,
      sha256,
      verdict: CANARY_VERDICT[report.outcome],
      stated: { field: "outcome", value: report.outcome },
      model: report.model && { file: report.model.path, sha256: report.model.sha256 },
    };
  }
  const report = validateReadableVersion<EvalReport>(
    evalReportContract,
    doc.value,
    shownAs,
    doc.lineOf,
  );
  const contradiction = evalContradiction(report);
  if (contradiction) throw contradicted(shownAs, doc.lineOf, contradiction, "eval-gate");
  return {
    kind: "eval-report",
    asset: "eval-report.json",
    file: shownAs,
    path,
    sha256,
    verdict: report.verdict,
    stated: { field: "verdict", value: report.verdict },
    model: report.model && { file: report.model.file, sha256: report.model.sha256 },
    judged: {
      mode: report.mode,
      champion: report.champion && { file: report.champion.file, sha256: report.champion.sha256 },
    },
  };
}

/**
 * Refuses evidence that does not show this model passing: a failed verdict, a report about no
 * model file, or about another one (the two digests are named, so the mix-up can be found).
 */
export function checkEvidence(
  evidence: Evidence,
  modelSha256: string | undefined,
  what: string,
): void {
  const { model, file, stated } = evidence;
  const name = evidence.kind === "eval-report" ? "eval report" : "canary report";
  if (evidence.verdict !== "pass") {
    throw new EvidenceError(
      `${file}: the ${name}'s ${stated.field} is ${stated.value}, so ${what} is refused`,
      evidence.kind === "eval-report"
        ? "Promote a model whose eval-gate passed"
        : "Promote a model whose canary was promoted",
    );
  }
  if (!model) {
    throw new EvidenceError(
      `${file}: the ${name} names no model file, so it cannot vouch for ${what}`,
      `Run ${evidence.kind === "eval-report" ? "eval-gate" : "canary-deploy"} with its model-file input set to the model file`,
    );
  }
  if (!modelSha256) {
    throw new EvidenceError(
      `${what} has no recorded model asset to compare with the ${name}'s model sha256 ${model.sha256}`,
      "Register the version with its model file as the first asset",
    );
  }
  if (model.sha256 !== modelSha256) {
    throw new EvidenceError(
      `${file}: the ${name} is about model sha256 ${model.sha256} (${model.file}), but ${what}'s model asset has sha256 ${modelSha256}`,
      `Give the ${name} of this very model file`,
    );
  }
}
