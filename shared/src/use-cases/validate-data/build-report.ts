import type { Profile } from "../../engine/profile/profile-types.js";
import { VERSION } from "../../engine/version.js";
import { bounded, boundedCheck, type CheckResult } from "./check-result.js";
import type { DataContract } from "./data-contract.js";
import { datasetDigest } from "./data-digest.js";
import { skewChecks } from "./skew-checks.js";
import { statisticChecks } from "./statistic-checks.js";
import type { StreamOutcome } from "./validate-stream.js";
import type { FileRef, ValidationReport } from "./validation-report.js";

/** The profile that skew is checked against, and the file it came from. */
export interface ReferenceProfile extends FileRef {
  readonly profile: Profile;
}

/** The files of the data, in the order read, each with its size and sha256 before the read. */
export interface DataFiles {
  readonly files: readonly string[];
  readonly sizes: readonly number[];
  readonly digests: readonly string[];
}

/** What a report is made of: the pass over the data, and what the pass was given. */
export interface ReportParts {
  /** The `data` input as given. */
  readonly source: string;
  readonly data: DataFiles;
  readonly contract: DataContract;
  readonly contractSha256: string;
  readonly reference: ReferenceProfile | undefined;
  readonly outcome: StreamOutcome;
  readonly createdAt: Date;
  readonly shown: (path: string) => string;
}

const NOT_TO_THE_END =
  "Statistics, skew and the row count were not checked, and no profile was written: the data could not be read to the end.";

/**
 * Every check, bounded for display: the read failure first (when the read stopped), then the
 * pass's checks, then statistics and skew, which need the whole data's profile.
 */
function allChecks({ contract, reference, outcome }: ReportParts): CheckResult[] {
  const { descriptor } = contract;
  const { profile } = outcome;
  const statistics = profile
    ? [
        ...statisticChecks(descriptor, profile, outcome),
        ...(reference ? skewChecks(descriptor, reference.profile, profile) : []),
      ]
    : [];
  return [
    ...(outcome.readFailure ? [outcome.readFailure] : []),
    ...outcome.checks,
    ...statistics,
  ].map(boundedCheck);
}

const count = (checks: readonly CheckResult[], status: CheckResult["status"]) =>
  checks.filter((check) => check.status === status).length;

/** The data's identity: its files, their digests and sizes, its rows and columns. */
function dataPart(parts: ReportParts): ValidationReport["data"] {
  const { outcome, shown } = parts;
  const { files, sizes, digests } = parts.data;
  return {
    source: parts.source,
    digest: datasetDigest(digests),
    rows: outcome.rows,
    columns: outcome.columns.map((name) => bounded(name)),
    files: files.map((path, i) => ({
      file: shown(path),
      sha256: digests[i]!,
      bytes: sizes[i]!,
      rows: outcome.rowsPerFile.get(path) ?? 0,
    })),
  };
}

/** The validation report (`mlops.validation-report/v1`) of one run. */
export function buildReport(parts: ReportParts): ValidationReport {
  const checks = allChecks(parts);
  const failed = count(checks, "fail");
  return {
    schema: "mlops.validation-report/v1",
    tool: { name: "mlops", version: VERSION },
    created_at: parts.createdAt.toISOString(),
    valid: failed === 0,
    data: dataPart(parts),
    contract: { file: parts.contract.file, sha256: parts.contractSha256 },
    reference_profile: parts.reference
      ? { file: parts.reference.file, sha256: parts.reference.sha256 }
      : null,
    counts: {
      checks: checks.length,
      passed: count(checks, "pass"),
      failed,
      skipped: count(checks, "skipped"),
      invalid_rows: parts.outcome.invalidRows,
    },
    checks,
    notes: parts.outcome.profile ? [] : [NOT_TO_THE_END],
  };
}
