import { evalReportContract } from "../../engine/contracts/eval-report.js";
import { validateContract } from "../../engine/contracts/validate.js";
import type { EvalReport } from "../../engine/contracts/eval-report.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { EvidenceError } from "./errors.js";
import { hashFile } from "../../engine/files/hash-file.js";

/** The name the eval report is stored under in the release of the stage event it allowed. */
export const EVIDENCE_ASSET = "eval-report.json";

/** An eval report read for a promotion, with its own digest (recorded in the stage tag). */
export interface Evidence {
  /** The report as the user named it, for messages and the tag. */
  readonly file: string;
  /** Where it is read from, to store it with the stage event. */
  readonly path: string;
  readonly sha256: string;
  readonly report: EvalReport;
}

export async function readEvidence(path: string, shownAs: string = path): Promise<Evidence> {
  const doc = readStructured(path, shownAs);
  const report = validateContract<EvalReport>(evalReportContract, doc.value, shownAs, doc.lineOf);
  return { file: shownAs, path, sha256: await hashFile(path), report };
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
  const { report, file } = evidence;
  if (report.verdict !== "pass") {
    throw new EvidenceError(
      `${file}: the eval report's verdict is ${report.verdict}, so ${what} is refused`,
      "Promote a model whose eval-gate passed",
    );
  }
  if (!report.model) {
    throw new EvidenceError(
      `${file}: the eval report names no model file, so it cannot vouch for ${what}`,
      "Run eval-gate with its model input set to the model file",
    );
  }
  if (!modelSha256) {
    throw new EvidenceError(
      `${what} has no recorded model asset to compare with the eval report's model sha256 ${report.model.sha256}`,
      "Register the version with its model file as the first asset",
    );
  }
  if (report.model.sha256 !== modelSha256) {
    throw new EvidenceError(
      `${file}: the eval report is about model sha256 ${report.model.sha256} (${report.model.file}), but ${what}'s model asset has sha256 ${modelSha256}`,
      "Give the eval report of this very model file",
    );
  }
}
