import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { validateContract } from "../../engine/contracts/validate.js";
import { formatOf, listFiles } from "../../engine/data/read-batches.js";
import { displayPath } from "../../engine/files/display-path.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { writeJsonAtomic } from "../../engine/files/write-output.js";
import type { Annotation } from "../../interface/define-action.js";
import { defineAction } from "../../interface/define-action.js";
import { bool, file, number, outputPath, text } from "../../interface/inputs.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { VERSION } from "../../engine/version.js";
import type { CheckResult, RowLocator } from "./check-result.js";
import { loadDataContract } from "./data-contract.js";
import { datasetDigest } from "./data-digest.js";
import { describeCell, renderSummary } from "./render-summary.js";
import { skewChecks } from "./skew-checks.js";
import { statisticChecks } from "./statistic-checks.js";
import { validateStream } from "./validate-stream.js";
import { validationReportContract, type ValidationReport } from "./validation-report.js";

const count = (checks: readonly CheckResult[], status: CheckResult["status"]) =>
  checks.filter((check) => check.status === status).length;

/** What a failed check says in one line: its id, and the rows or the statistic. */
function failureLine(check: CheckResult): string {
  if (check.level === "row") return `${check.id} (${check.failed} of ${check.evaluated} failed)`;
  const seen =
    typeof check.observed === "number" ? formatNumber(check.observed) : (check.observed ?? "none");
  return check.check === "readable"
    ? `${check.id} (${check.examples[0]?.note})`
    : `${check.id} (${seen}, expected ${check.expected})`;
}

/**
 * One annotation per failing example, taking the first example of every failed check before
 * the second of any, so that the annotations GitHub shows cover as many checks as they can.
 */
function annotationsOf(failed: readonly CheckResult[]): Annotation[] {
  const out: Annotation[] = failed
    .filter((check) => check.examples.length === 0)
    .map((check) => ({
      level: "error",
      title: `validate-data: ${check.id}`,
      message: failureLine(check),
    }));
  const depth = Math.max(0, ...failed.map((check) => check.examples.length));
  for (let i = 0; i < depth; i++) {
    for (const check of failed) {
      const example = check.examples[i];
      if (example === undefined) continue;
      out.push({
        level: "error",
        title: `validate-data: ${check.id}`,
        message: `${describeCell(example) || "this row"}: expected ${check.expected}`,
        file: example.file,
        line: example.line ?? undefined,
      });
    }
  }
  return out;
}

export const validateData = defineAction({
  name: "validate-data",
  permissions: { contents: { level: "read", why: "read the data and contract checked out" } },
  example: {
    data: "data/train/*.csv",
    schema: ".mlops/data-contract.yml",
  },
  inputs: {
    data: text(),
    schema: file(),
    "reference-profile": file(),
    "report-path": outputPath(),
    "profile-path": outputPath(),
    "fail-on-invalid": bool(),
    "max-examples": number({ min: 0, max: 1000, integer: true }),
  },
  async run(inputs, context) {
    const shown = (path: string) => displayPath(context.cwd, path);
    const locator: RowLocator = { shown, hasLines: (path) => formatOf(path) !== "parquet" };
    const contract = loadDataContract(inputs.schema!, shown(inputs.schema!));
    const reference = inputs["reference-profile"]
      ? await readProfile(inputs["reference-profile"], shown(inputs["reference-profile"]))
      : undefined;
    const source = inputs.data!;
    const files = await listFiles(isAbsolute(source) ? source : resolve(context.cwd, source));
    const sizes = new Map(files.map((path) => [path, statSync(path).size]));
    // One file at a time: a glob of thousands of files must not open them all at once.
    const digests: string[] = [];
    for (const path of files) digests.push(await hashFile(path));

    const outcome = await validateStream(files, contract, {
      maxExamples: inputs["max-examples"] ?? 5,
      locator,
      log: context.log,
      progress: context.progress,
    });
    const notes: string[] = [];
    const statistics: CheckResult[] = [];
    if (outcome.profile) {
      statistics.push(...statisticChecks(contract.descriptor, outcome.profile));
      if (reference)
        statistics.push(...skewChecks(contract.descriptor, reference, outcome.profile));
    } else {
      notes.push(
        "Statistics, skew and the row count were not checked, and no profile was written: the data could not be read to the end.",
      );
    }
    const checks = [
      ...(outcome.readFailure ? [outcome.readFailure] : []),
      ...outcome.checks,
      ...statistics,
    ];
    const failed = checks.filter((check) => check.status === "fail");
    const report: ValidationReport = {
      schema: "mlops.validation-report/v1",
      tool: { name: "mlops", version: VERSION },
      created_at: context.now().toISOString(),
      valid: failed.length === 0,
      data: {
        source,
        digest: datasetDigest(digests),
        rows: outcome.rows,
        columns: outcome.columns,
        files: files.map((path, i) => ({
          file: shown(path),
          sha256: digests[i]!,
          bytes: sizes.get(path)!,
          rows: outcome.rowsPerFile.get(path) ?? 0,
        })),
      },
      contract: { file: contract.file, sha256: await hashFile(inputs.schema!) },
      reference_profile: inputs["reference-profile"]
        ? {
            file: shown(inputs["reference-profile"]),
            sha256: await hashFile(inputs["reference-profile"]),
          }
        : null,
      counts: {
        checks: checks.length,
        passed: count(checks, "pass"),
        failed: failed.length,
        skipped: count(checks, "skipped"),
        invalid_rows: outcome.invalidRows,
      },
      checks,
      notes,
    };
    // The report is checked against its own contract before anyone downstream trusts it.
    validateContract(validationReportContract, report, "validation report");
    writeJsonAtomic(inputs["report-path"]!, report);
    if (outcome.profile) writeJsonAtomic(inputs["profile-path"]!, outcome.profile);

    const annotations = annotationsOf(failed);
    if (outcome.invalidRows > 0) {
      annotations.push({
        level: "notice",
        title: "validate-data: failing rows",
        message: `${outcome.invalidRows} of ${outcome.rows} rows fail a row check; the report (${shown(inputs["report-path"]!)}) lists the first ${inputs["max-examples"] ?? 5} of each check`,
      });
    }
    return {
      outputs: {
        valid: String(report.valid),
        rows: String(outcome.rows),
        errors: String(failed.length),
        "report-path": shown(inputs["report-path"]!),
        "profile-path": outcome.profile ? shown(inputs["profile-path"]!) : "",
        digest: report.data.digest,
      },
      summary: renderSummary(report),
      annotations,
      failure:
        failed.length > 0 && inputs["fail-on-invalid"]
          ? `invalid data: ${failed.slice(0, 5).map(failureLine).join("; ")}${failed.length > 5 ? `; and ${failed.length - 5} more` : ""}`
          : undefined,
    };
  },
});
