import type { DataError } from "../../engine/data/data-error.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { bounded, type CheckResult, type RowLocator } from "./check-result.js";
import type { DataContract } from "./data-contract.js";

const FIELDS_EXPECTED = {
  exact: "the declared fields, in their order",
  equal: "the declared fields, in any order",
  subset: "the declared fields, and possibly more",
} as const;

/** Names as a sentence shows them, each bounded. */
const nameList = (names: readonly string[]) => names.map((name) => bounded(name)).join(", ");

/** What is wrong with the data's columns under the contract's `fieldsMatch`, or null. */
function fieldsProblem(contract: DataContract, columns: readonly string[]): string | null {
  const declared = contract.descriptor.fields.map((field) => field.name);
  const declaredSet = new Set(declared);
  const match = contract.descriptor.fieldsMatch ?? "exact";
  const extra = columns.filter((name) => !declaredSet.has(name));
  if (match !== "subset" && extra.length > 0) return `undeclared: ${nameList(extra)}`;
  // Every column is declared and the read refuses a declared column it lacks: same length.
  const reordered = columns.some((name, i) => name !== declared[i]);
  return match === "exact" && reordered ? "the order differs" : null;
}

/** The `fields` check: the data's columns against the contract's, as its `fieldsMatch` asks. */
export function fieldsCheck(contract: DataContract, columns: readonly string[]): CheckResult {
  const problem = fieldsProblem(contract, columns);
  return {
    id: "fields",
    check: "fields",
    column: null,
    level: "dataset",
    status: problem === null ? "pass" : "fail",
    evaluated: null,
    failed: null,
    mostly: null,
    expected: FIELDS_EXPECTED[contract.descriptor.fieldsMatch ?? "exact"],
    observed: nameList(columns),
    examples: [],
    note: problem,
  };
}
/** A read that stopped (bad bytes, a ragged row, a missing column) as a failed check. */
export function readFailureCheck(error: DataError, rows: number, locator: RowLocator): CheckResult {
  const prefix = `${error.file}${error.lineNumber === undefined ? "" : `:${error.lineNumber}`}: `;
  const problem = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
  const column = error.column ?? null;
  return {
    id: "readable",
    check: "readable",
    column,
    level: "dataset",
    status: "fail",
    evaluated: null,
    failed: 1,
    mostly: null,
    expected: "every file reads as the declared table",
    observed: null,
    examples: [
      {
        file: locator.shown(error.file),
        line: error.lineNumber ?? null,
        row: null,
        column,
        value: null,
        note: problem,
      },
    ],
    note: `${error.fix ? `${error.fix}. ` : ""}The read stopped here; the other checks cover the ${groupDigits(rows)} rows before`,
  };
}
