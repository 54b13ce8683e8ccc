import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { reportFile } from "../../engine/contracts/report-file.js";
import type { TableSchema } from "../../engine/data/column-type.js";
import { DataError, unknownFormat, withheldDataError } from "../../engine/data/data-error.js";
import { formatOf, readBatches } from "../../engine/data/read-batches.js";
import { displayPath } from "../../engine/files/display-path.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { writeFilesAtomic, type OutputFile } from "../../engine/files/write-output.js";
import { defineAction } from "../../interface/define-action.js";
import { listInputFiles } from "../../interface/input-files.js";
import {
  bool,
  choice,
  dataSource,
  dataSources,
  delimiter,
  file,
  number,
  outputPath,
  secret,
} from "../../interface/inputs.js";
import { profileBatches } from "../../engine/profile/profile-dataset.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { withholdColumns } from "../../engine/profile/withheld-values.js";
import { requireContractMissingValues } from "../../engine/profile/missing-values.js";
import { ownMissingValues, tableMissingValues } from "../../engine/data/read-options.js";
import { BACKENDS } from "../../platform/registry/choose-backend.js";
import {
  loadReference,
  shownPaths,
  type ReferenceRegistry,
} from "../../platform/registry/load-reference.js";
import { buildReport, type DataFiles, type ReferenceProfile } from "./build-report.js";
import { rowLocator } from "./check-result.js";
import { loadDataContract, type DataContract } from "./data-contract.js";
import { datasetDigest, FileDigests } from "./data-digest.js";
import { stepResult } from "./step-result.js";
import { validateStream } from "./validate-stream.js";
import { validationReportContract } from "./validation-report.js";

/**
 * The profile that skew is checked against, and where it came from: profile files (or globs of
 * them, merged), the profile stored with a registry version, or reference data profiled here.
 * Reference data is read as the data is, with the contract's types and missing values (a number
 * column with `NA` is numbers on both sides), a value its type does not take counted missing; it
 * may lack declared fields, whose skew checks say so. A refusal of it quotes no value of the
 * contract's sensitive fields, as one of the data does not (`withheldDataError`).
 */
async function referenceProfile(
  given: readonly string[],
  cwd: string,
  read: { schema: TableSchema; delimiter: string | undefined; contract: DataContract },
  where: ReferenceRegistry,
): Promise<ReferenceProfile> {
  const { schema, delimiter, contract } = read;
  const reference = await loadReference(given, cwd, where);
  if (reference.kind !== "data") {
    const file = reference.from ?? shownPaths(reference.paths, cwd);
    requireContractMissingValues(reference.profile, file, schema);
    // Of a glob of profiles, merged, as of a glob of data: the digest of their digests.
    const sha256 = datasetDigest(await new FileDigests().of(reference.files));
    return { profile: reference.profile, file, sha256 };
  }
  const files = await listInputFiles("reference", reference.paths, cwd);
  const digests = new FileDigests();
  const profile = await profileBatches(
    readBatches(files, {
      // The contract's read schema already lets declared fields be absent.
      schema,
      delimiter,
      // As the data's type checks let some through (mostly), a value the reference's type
      // does not take is left out of its distribution rather than stopping the run.
      onInvalidCell: () => {},
      reuseBatches: true,
      textAsBytes: true,
      readInWorker: "large",
      onFileDigest: digests.onFileDigest,
    }),
    {},
    tableMissingValues({ schema }),
    ownMissingValues({ schema }),
  ).catch((error: unknown) => {
    throw error instanceof DataError ? withheldDataError(error, contract.sensitive) : error;
  });
  const sha256 = datasetDigest(await digests.of(files));
  return { profile, file: shownPaths(reference.paths, cwd), sha256 };
}

/**
 * The profile as a file to write, checked against mlops.profile/v1 as drift-check's is. Its
 * validator is large: loaded here, where a profile is written, as `readProfile` loads it where
 * one is read, so that it stays off the start-up of every run (and of --help).
 */
async function profileFile(profile: Profile, path: string): Promise<OutputFile> {
  const { profileContract } = await import("../../engine/profile/profile-contract.js");
  return reportFile(profileContract, profile, path);
}

export const validateData = defineAction({
  name: "validate-data",
  permissions: {
    contents: {
      level: "read",
      why: "read the data and contract checked out, and a registry reference's profile",
    },
  },
  example: {
    data: "data/train/*.csv",
    schema: ".mlops/data-contract.yml",
  },
  inputs: {
    data: dataSource(),
    schema: file(),
    reference: dataSources(),
    "report-path": outputPath(),
    "profile-path": outputPath(),
    "fail-step": bool(),
    "max-examples": number({ min: 0, max: 1000, integer: true }),
    delimiter: delimiter(),
    registry: dataSource(),
    backend: choice(BACKENDS),
    "github-token": secret(),
  },
  async run(inputs, context) {
    const shown = (path: string) => displayPath(context.cwd, path);
    const contract = await loadDataContract(inputs.schema, shown(inputs.schema));
    const source = isAbsolute(inputs.data) ? inputs.data : resolve(context.cwd, inputs.data);
    // Listed before a reference is profiled, which can take long: a mistyped path fails at once.
    const files = await listInputFiles("data", source, context.cwd);
    const reference =
      inputs.reference.length > 0
        ? await referenceProfile(
            inputs.reference,
            context.cwd,
            { schema: contract.readSchema, delimiter: inputs.delimiter, contract },
            {
              github: { ...context.github, token: inputs["github-token"] ?? context.github.token },
              path: inputs.registry,
              backend: inputs.backend,
            },
          )
        : undefined;
    // Refused before the contract's checks start: a report of a file that was never read as
    // data would be one failed check that the input alone settles.
    const unknown = files.find((path) => formatOf(path) === undefined);
    if (unknown !== undefined) throw unknownFormat(shown(unknown));
    // The digests are taken by the read itself, on its thread: the bytes hashed are the bytes
    // checked, and the main thread, busiest with the checks, hashes nothing.
    const digests = new FileDigests();
    const outcome = await validateStream(files, contract, {
      maxExamples: inputs["max-examples"],
      delimiter: inputs.delimiter,
      locator: rowLocator(context.cwd),
      log: context.log,
      warn: context.warn,
      progress: context.progress,
      // Parquet carries its columns' types: the reference's would only override them.
      reference: files.some((path) => formatOf(path) === "parquet") ? undefined : reference,
      onFileDigest: digests.onFileDigest,
    });
    const data: DataFiles = {
      files,
      sizes: files.map((path) => statSync(path).size),
      digests: await digests.of(files),
    };
    const report = buildReport({
      source: inputs.data,
      data,
      contract,
      contractSha256: await hashFile(inputs.schema),
      reference,
      outcome,
      createdAt: context.now(),
      shown,
    });
    // The report and the profile are checked against their own contracts before anyone
    // downstream trusts them, and neither is written unless both pass. The checks read the
    // whole profile; the file keeps no value of a sensitive field.
    const profile = outcome.profile && withholdColumns(outcome.profile, outcome.withheld);
    context.acting?.();
    writeFilesAtomic([
      reportFile(validationReportContract, report, inputs["report-path"]),
      ...(profile ? [await profileFile(profile, inputs["profile-path"])] : []),
    ]);
    return stepResult(report, {
      reportPath: shown(inputs["report-path"]),
      profilePath: outcome.profile ? shown(inputs["profile-path"]) : "",
      maxExamples: inputs["max-examples"],
      failStep: inputs["fail-step"],
      partialChecks: outcome.partialChecks,
    });
  },
});
