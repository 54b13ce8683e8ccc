import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { reportFile } from "../../engine/contracts/report-file.js";
import { formatOf, listFiles, readBatches } from "../../engine/data/read-batches.js";
import { displayPath } from "../../engine/files/display-path.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { jsonText, writeFilesAtomic } from "../../engine/files/write-output.js";
import type { Annotation } from "../../interface/define-action.js";
import { defineAction } from "../../interface/define-action.js";
import { bool, file, number, outputPath, text } from "../../interface/inputs.js";
import { profileBatches } from "../../engine/profile/profile-dataset.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { loadReference } from "../../platform/registry/load-reference.js";
import type { GitHubContext } from "../../platform/github/github-context.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { VERSION } from "../../engine/version.js";
import type { CheckResult, RowLocator } from "./check-result.js";
import { loadDataContract } from "./data-contract.js";
import { datasetDigest, hashFiles } from "./data-digest.js";
import { describeCell, renderSummary } from "./render-summary.js";
import { skewChecks } from "./skew-checks.js";
import { statisticChecks } from "./statistic-checks.js";
import { validateStream } from "./validate-stream.js";
import { validationReportContract, type ValidationReport } from "./validation-report.js";

/**
 * The profile that skew is checked against, and where it came from: a profile file, the profile
 * stored with a registry version, or reference data profiled here.
 */
async function referenceProfile(
  text: string,
  cwd: string,
  github?: GitHubContext,
): Promise<{ profile: Profile; file: string; sha256: string }> {
  const reference = await loadReference(text, cwd, { github });
  if (reference.kind !== "data") {
    return {
      profile: reference.profile,
      file: reference.from ?? displayPath(cwd, reference.path),
      sha256: await hashFile(reference.path),
    };
  }
  const digests = await hashFiles(await listFiles(reference.path));
  return {
    profile: await profileBatches(readBatches(reference.path)),
    file: displayPath(cwd, reference.path),
    sha256: datasetDigest(digests),
  };
}

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
    reference: text(),
    "report-path": outputPath(),
    "profile-path": outputPath(),
    "fail-step": bool(),
    "max-examples": number({ min: 0, max: 1000, integer: true }),
  },
  async run(inputs, context) {
    const shown = (path: string) => displayPath(context.cwd, path);
    const locator: RowLocator = { shown, hasLines: (path) => formatOf(path) !== "parquet" };
    const contract = loadDataContract(inputs.schema, shown(inputs.schema));
    const reference = inputs.reference
      ? await referenceProfile(inputs.reference, context.cwd, context.github)
      : undefined;
    const source = inputs.data;
    const files = await listFiles(isAbsolute(source) ? source : resolve(context.cwd, source));
    const sizes = new Map(files.map((path) => [path, statSync(path).size]));
    const digests = await hashFiles(files);

    const outcome = await validateStream(files, contract, {
      maxExamples: inputs["max-examples"],
      locator,
      log: context.log,
      progress: context.progress,
    });
    const notes: string[] = [];
    const statistics: CheckResult[] = [];
    if (outcome.profile) {
      statistics.push(...statisticChecks(contract.descriptor, outcome.profile));
      if (reference)
        statistics.push(...skewChecks(contract.descriptor, reference.profile, outcome.profile));
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
      contract: { file: contract.file, sha256: await hashFile(inputs.schema) },
      reference_profile: reference ? { file: reference.file, sha256: reference.sha256 } : null,
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
    writeFilesAtomic([
      reportFile(validationReportContract, report, inputs["report-path"]),
      ...(outcome.profile
        ? [{ path: inputs["profile-path"], text: jsonText(outcome.profile) }]
        : []),
    ]);

    const annotations = annotationsOf(failed);
    if (outcome.invalidRows > 0) {
      annotations.push({
        level: "notice",
        title: "validate-data: failing rows",
        message: `${outcome.invalidRows} of ${outcome.rows} rows fail a row check; the report (${shown(inputs["report-path"])}) lists the first ${inputs["max-examples"]} of each check`,
      });
    }
    return {
      outputs: {
        valid: String(report.valid),
        "row-count": String(outcome.rows),
        "failed-checks": JSON.stringify(failed.map((check) => check.id)),
        "report-path": shown(inputs["report-path"]),
        "profile-path": outcome.profile ? shown(inputs["profile-path"]) : "",
        digest: report.data.digest,
      },
      summary: renderSummary(report),
      annotations,
      failure:
        failed.length > 0 && inputs["fail-step"]
          ? `invalid data: ${failed.slice(0, 5).map(failureLine).join("; ")}${failed.length > 5 ? `; and ${failed.length - 5} more` : ""}`
          : undefined,
    };
  },
});
