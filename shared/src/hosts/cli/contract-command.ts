import { lstatSync } from "node:fs";
import { resolve } from "node:path";
import { FileError, UsageError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { writeFileAtomic } from "../../engine/files/write-output.js";
import { DEFAULT_INFER_ROWS } from "../../engine/data/read-options.js";
import { shownColumn } from "../../engine/profile/missing-values.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { counted } from "../../engine/report/counted.js";
import { listInputFiles } from "../../interface/input-files.js";
import { delimiter, file, list } from "../../interface/inputs.js";
import { parseMissingValues } from "../../engine/profile/missing-values.js";
import { rowLocator } from "../../use-cases/validate-data/check-result.js";
import {
  contractYaml,
  inferContract,
  MAX_ENUM_VALUES,
  readForContract,
  type DataFindings,
} from "../../use-cases/validate-data/infer-contract.js";
import { printHelp, type CliIo } from "./cli-io.js";
import { commandFailure } from "./command-failure.js";
import { CONTRACT_SUMMARY } from "./contract-summary.js";
import { parseCommandArgs } from "./command-args.js";

const HELP = `mlops contract: ${CONTRACT_SUMMARY}.

Usage: mlops contract infer --data <file or glob> [--missing-values <list>] [--output <contract.yml>] [--force]
       mlops contract infer --profile <profile.json> [--output <contract.yml>] [--force]

A command of this program only, not an action: run it once, review the contract it writes, and
commit it for validate-data's schema input.

Commands:
  infer     writes a starter data contract (Table Schema YAML, see docs/data-contracts.md)
            from a dataset or from its profile (mlops.profile/v1, as validate-data's
            profile-path writes it): every column with its type, read from the first
            ${DEFAULT_INFER_ROWS.toLocaleString("en-US")} rows, or from its first values where it has none in them (a later
            cell that does not fit widens it, and a column with no value at all is a string,
            each with a warning);
            required where no value is missing; and an enum of a categorical column's values
            where it has at most ${MAX_ENUM_VALUES}. No bounds: add those that future data must meet

Options:
  --data <path>          the data: a CSV, TSV, JSON Lines or Parquet file, or a glob of them
  --profile <path>       a profile (.json) of the data, instead of --data
  --delimiter <char>     the character between a CSV file's fields, or tab (default: ,)
  --missing-values <list>
                         the cells that mean no value besides the empty one, comma-separated,
                         as drift-check's missing-values input takes them: pandas for pandas'
                         defaults (NA, N/A, NaN, null, None and their kin), so that a column R
                         wrote with NA is numbers with gaps; the contract's missingValues lists them
  --output <path>        where to write the contract (default: print it on stdout)
  --force                replace --output when it exists
  --debug                print the stack trace of an error
  -h, --help             print this help`;

const OPTIONS = {
  data: { type: "string" },
  profile: { type: "string" },
  delimiter: { type: "string" },
  "missing-values": { type: "string" },
  output: { type: "string" },
  force: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

interface Values {
  data?: string;
  profile?: string;
  delimiter?: string;
  "missing-values"?: string;
  output?: string;
  force?: boolean;
  debug?: boolean;
  help?: boolean;
}

/** What a read of `--data` tells: its profile, its misfit columns and its columns of dates. */
async function readData(values: Values, source: string, cwd: string): Promise<DataFindings> {
  const files = await listInputFiles("data", resolve(cwd, source), cwd);
  const separator = values.delimiter && delimiter().parse(values.delimiter, "delimiter", { cwd });
  const listed = values["missing-values"];
  // As drift-check's input: the empty cell always, `pandas` for pandas' set; none listed, the default.
  const missingValues =
    listed && parseMissingValues(list().parse(listed, "missing-values", { cwd }));
  const read = {
    ...(separator ? { delimiter: separator } : {}),
    ...(missingValues ? { missingValues } : {}),
  };
  // Rows are named as validate-data names them.
  return readForContract(files, read, rowLocator(cwd));
}

/** Where the contract goes: a new file (or one `--force` may replace), not a JSON name. */
function outputPath(values: Values, cwd: string): string | undefined {
  if (values.output === undefined) return undefined;
  const path = resolve(cwd, values.output);
  if (/\.json$/i.test(path)) {
    throw new UsageError(
      `--output '${values.output}' ends in .json, and validate-data reads a .json contract as strict JSON`,
      "Name it .yml or .yaml: the contract is YAML, with a header for its review",
    );
  }
  if (!values.force && lstatSync(path, { throwIfNoEntry: false })) {
    throw new FileError(
      displayPath(cwd, path),
      "exists already, and is not replaced",
      "Give --force to replace it, or name another file with --output",
    );
  }
  return path;
}

/** The lines of the header: what the contract is, where it came from, and what to review. */
const header = (shown: string, rows: number): string[] => [
  `A starter data contract for validate-data, inferred by mlops contract infer`,
  `from ${JSON.stringify(shown)} (${counted(rows, "row")}). It is a starting point: review it before relying on it.`,
  `- type: as read from the data. A date or datetime field takes either ISO 8601 form`,
  `  (format: "any"). Remove the format where every value, now and later, is written in its`,
  `  type's form: a date alone (2024-05-01) for date, a date and a time for datetime.`,
  `- constraints.required: on each column that has no missing value.`,
  `- constraints.enum: every value of a categorical column with at most ${MAX_ENUM_VALUES} of them.`,
  `  Remove it where new values are expected.`,
  `- Nothing else. Add the bounds, patterns, keys and x-mlops statistics that future data must`,
  `  meet (see docs/data-contracts.md).`,
];

/**
 * The warning for data read as one column whose name holds another delimiter than the one it
 * was read with (`id;name;score`), or null: a file delimited by semicolons or tabs, read with
 * commas, is one column of distinct text.
 */
function oneColumnWarning(columns: readonly string[], values: Values): string | null {
  const [only] = columns;
  if (columns.length !== 1 || only === undefined) return null;
  const given = values.delimiter === "tab" ? "\t" : values.delimiter;
  const other = [";", "\t", "|", ","].find((d) => d !== (given ?? ",") && only.includes(d));
  if (other === undefined) return null;
  const flag = `--delimiter ${other === "\t" ? "tab" : `'${other}'`}`;
  const fix = values.data ? `infer again with ${flag}` : `infer from the data with ${flag}`;
  return `the data reads as one column, ${shownColumn(only)}: if its fields are delimited by ${JSON.stringify(other)}, ${fix}`;
}

/** Refuses arguments that do not make one infer of data or of a profile. */
function checkArguments(values: Values, command: string, extra: readonly string[]): void {
  if (command !== "infer") {
    throw new UsageError(
      `unknown contract command '${command}'`,
      "Commands: infer (mlops contract --help)",
    );
  }
  if (extra.length > 0 || (values.data === undefined) === (values.profile === undefined)) {
    throw new UsageError(
      "infer reads either --data or --profile",
      "Usage: mlops contract infer --data train.csv (or --profile profile.json) [--output contract.yml]",
    );
  }
  if (values.data !== undefined && /\.json$/i.test(values.data)) {
    throw new UsageError(
      `--data '${values.data}' names a .json file, which is no data format but a profile's`,
      `Give a profile with --profile ${values.data}`,
    );
  }
  if (values.profile !== undefined && values.delimiter !== undefined) {
    throw new UsageError(
      "--delimiter goes with --data",
      "A profile has no delimiter: leave it out",
    );
  }
  if (values.profile !== undefined && values["missing-values"] !== undefined) {
    throw new UsageError(
      "--missing-values goes with --data",
      "A profile records the missing values it was made with, which the contract takes: leave it out, or infer from the data with --missing-values",
    );
  }
}

/** `mlops contract infer`: a starter data contract from a dataset or its profile. */
export async function runContractCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const parsed = parseCommandArgs("contract", argv, OPTIONS);
    const values: Values = parsed.values;
    debug = values.debug === true;
    const [command, ...extra] = parsed.positionals;
    if (values.help || command === undefined) return printHelp(io, HELP, values.help === true);
    checkArguments(values, command, extra);
    const output = outputPath(values, io.cwd);
    const source = (values.data ?? values.profile)!;
    const shown = displayPath(io.cwd, resolve(io.cwd, source));
    const found = values.data ? await readData(values, source, io.cwd) : undefined;
    const profile =
      found?.profile ?? (await readProfile(file().parse(source, "profile", io)!, shown));
    const { contract, warnings } = inferContract(profile, shown, found);
    const oneColumn = oneColumnWarning(
      profile.columns.map((column) => column.name),
      values,
    );
    if (oneColumn) warnings.unshift(oneColumn);
    // One line each, as the program's warnings: a line break from the data starts no line.
    for (const warning of warnings)
      io.stderr(`warning: ${warning.replace(/\s*[\r\n]\s*/g, " ")}\n`);
    const text = contractYaml(contract, header(shown, profile.rowCount));
    if (!output) {
      io.stdout(text);
      return 0;
    }
    writeFileAtomic(output, text);
    io.stdout(
      `${displayPath(io.cwd, output)}: ${contract.fields.length} fields from ${shown}; review it, then give it to validate-data --schema\n`,
    );
    return 0;
  } catch (error) {
    return commandFailure(error, "contract", debug, io);
  }
}
