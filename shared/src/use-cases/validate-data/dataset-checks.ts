import type { DataError } from "../../engine/data/data-error.js";
import { counted } from "../../engine/report/counted.js";
import { bounded, type CheckResult, type RowLocator } from "./check-result.js";
import type { DataContract } from "./data-contract.js";

const FIELDS_EXPECTED = {
  exact: "the declared fields, in their order",
  equal: "the declared fields, in any order",
  subset: "the declared fields, and possibly more",
  superset: "declared fields only, possibly not all of them",
  partial: "at least one declared field, and possibly more",
} as const;

/** A name as a sentence shows it: bounded, and quoted when empty or spaced at either end. */
const shownName = (name: string) =>
  name === "" || name.trim() !== name ? `'${bounded(name)}'` : bounded(name);

/** Names as a sentence shows them. */
const nameList = (names: readonly string[]) => names.map(shownName).join(", ");

/** The fields of the primary key and the unique keys: a key is checked only whole. */
const keyFields = (contract: DataContract): string[] => [
  ...contract.primaryKey,
  ...(contract.descriptor.uniqueKeys ?? []).flat(),
];

/** The data's columns against the contract's fields, as both the check and its note need them. */
interface FieldsSeen {
  readonly declared: readonly string[];
  readonly present: ReadonlySet<string>;
  readonly absent: readonly string[];
  readonly match: NonNullable<DataContract["descriptor"]["fieldsMatch"]>;
  /** The delimiter input, when given. */
  readonly delimiter: string | undefined;
}

/**
 * Declared names the data has only in another Unicode normalisation (`größe` composed in the
 * contract, decomposed in a CSV header): they look the same, so the message says why they differ.
 */
function normalisationNote(absent: readonly string[], extra: readonly string[]): string | null {
  const composed = new Set(extra.map((name) => name.normalize("NFC")));
  const names = absent.filter((name) => composed.has(name.normalize("NFC")));
  if (names.length === 0) return null;
  return `${nameList(names)} ${names.length === 1 ? "is" : "are"} in the data too, in another Unicode normalisation (NFC and NFD compose letters such as ö differently): write the names the same way in both`;
}

/**
 * Why declared names are not among the data's, when the header shows why: spaces around a name,
 * or a header read as one column because the file has another delimiter than the reader's
 * (`given`, the delimiter input, when there is one).
 */
function headerNote(
  absent: readonly string[],
  extra: readonly string[],
  given: string | undefined,
): string | null {
  const [only] = extra;
  const delimiter =
    only === undefined
      ? undefined
      : [";", "\t", "|", ","].find((d) => d !== (given ?? ",") && only.includes(d));
  if (extra.length === 1 && delimiter !== undefined && absent.length > 1) {
    const readWith =
      given === undefined
        ? "CSV is read with commas between fields (tabs in a .tsv file)"
        : `it was read with ${JSON.stringify(given)} between fields, as the delimiter input says`;
    return `the header reads as one column: ${readWith}; if the file is delimited by ${JSON.stringify(delimiter)}, give the delimiter input: ${delimiter === "\t" ? "tab" : delimiter}`;
  }
  const spaced = absent.flatMap((name) => {
    const found = extra.find((column) => column.trim() === name.trim());
    return found === undefined ? [] : [`${shownName(name)} as ${shownName(found)}`];
  });
  if (spaced.length === 0) return null;
  return `the data has ${spaced.join(", ")}, with spaces around the name: remove them from the header`;
}

/**
 * What is wrong with the data's columns under the contract's `fieldsMatch`, or null. A declared
 * field the data lacks is allowed under superset and partial, unless a key needs it or it is
 * required: a required field absent is a field no row has a value in.
 */
function fieldsProblem(
  contract: DataContract,
  columns: readonly string[],
  { declared, present, absent, match, delimiter }: FieldsSeen,
): string | null {
  const declaredSet = new Set(declared);
  const extra = columns.filter((name) => !declaredSet.has(name));
  const undeclared =
    match !== "subset" && match !== "partial" && extra.length > 0
      ? `undeclared: ${nameList(extra)}`
      : undefined;
  if ((match === "exact" || match === "equal" || match === "subset") && absent.length > 0) {
    const note = normalisationNote(absent, extra) ?? headerNote(absent, extra, delimiter);
    return [`absent: ${nameList(absent)}`, undeclared, note].filter(Boolean).join("; ");
  }
  if (match === "partial" && absent.length === declared.length)
    return "none of the declared fields is there";
  const keyless = [...new Set(keyFields(contract))].filter((name) => !present.has(name));
  // A key's field is required by the key already: it is named once, as part of the key.
  const required = contract.descriptor.fields
    .filter((f) => f.constraints?.required && !present.has(f.name) && !keyless.includes(f.name))
    .map((f) => f.name);
  const one = required.length === 1;
  const needed = [
    keyless.length > 0 ? `absent, but part of a key: ${nameList(keyless)}` : undefined,
    required.length > 0
      ? `absent, but required: ${nameList(required)} (a value in every row); add the column${one ? "" : "s"} to the data, or drop required from ${one ? "its" : "their"} constraints`
      : undefined,
  ].filter(Boolean);
  // Every problem at once: an undeclared column and a required field absent fail alike.
  if (undeclared || needed.length > 0) return [undeclared, ...needed].filter(Boolean).join("; ");
  const reordered = columns.some((name, i) => name !== declared[i]);
  return match === "exact" && reordered ? "the order differs" : null;
}

/**
 * A JSON Lines key that first appears after the rows the columns were read from, and where, as
 * an example names a row (`events.jsonl:10401`).
 */
export interface LateKeySeen {
  readonly name: string;
  readonly where: string;
}

/**
 * Where late keys first appear: they are undeclared columns like any other, but no check reads
 * them, and where they start is what tells the user why a contract inferred without them.
 */
function lateKeysNote(late: readonly LateKeySeen[]): string | null {
  if (late.length === 0) return null;
  const one = late.length === 1;
  const where = late.map((key) => `${shownName(key.name)} at ${key.where}`).join(", ");
  return `${one ? "a key" : "keys"} first seen after the rows the columns were read from, so not read: ${where}`;
}

/**
 * The `fields` check: the data's columns against the contract's, as its `fieldsMatch` asks. The
 * keys of JSON Lines data that first appear after the rows its columns were read from (`late`)
 * count among its columns, after them.
 */
export function fieldsCheck(
  contract: DataContract,
  read: readonly string[],
  delimiter: string | undefined,
  late: readonly LateKeySeen[] = [],
): CheckResult {
  const columns = [...read, ...late.map((key) => key.name)];
  const declared = contract.descriptor.fields.map((field) => field.name);
  const present = new Set(columns);
  const absent = declared.filter((name) => !present.has(name));
  const match = contract.descriptor.fieldsMatch ?? "exact";
  const seen = { declared, present, absent, match, delimiter };
  const problem = fieldsProblem(contract, columns, seen);
  // Declared fields the data lacks are not checked: the report says which.
  const allowed =
    absent.length > 0 ? `absent, as fieldsMatch ${match} allows: ${nameList(absent)}` : null;
  const notes = [problem ?? allowed, lateKeysNote(late)].filter(Boolean);
  return {
    id: "fields",
    check: "fields",
    column: null,
    level: "dataset",
    status: problem === null ? "pass" : "fail",
    evaluated: null,
    failed: null,
    mostly: null,
    expected: FIELDS_EXPECTED[match],
    observed: nameList(columns),
    examples: [],
    note: notes.length > 0 ? notes.join("; ") : null,
  };
}

/** A read that stopped (bad bytes, a ragged row, an empty file) as a failed check. */
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
    note: `${error.fix ? `${error.fix}. ` : ""}The read stopped here; the other checks cover the ${counted(rows, "row")} before`,
  };
}
