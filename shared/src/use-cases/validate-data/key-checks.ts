import type { Batch, BytesColumn, Column } from "../../engine/data/batch.js";
import { cellValue, columnOf } from "../../engine/data/batch.js";
import { bounded, exampleValue, RowTally, type RowLocator } from "./check-result.js";
import { NumberKeys } from "./number-keys.js";
import { EXACT_INTEGERS } from "../../engine/data/column-builder.js";
import { rowPlace } from "../../engine/data/data-format.js";
import type { TypeErrors } from "./type-checks.js";

/**
 * The default bound on keys held for uniqueness, over all key sets together. Measured as the
 * peak memory of a whole run, a key costs 14 bytes as an integer of a consecutive range, up to 40
 * as another number, and 100-140 as a short string (`U0001234`, a UUID: a `Map` entry and the
 * string): 5,000,000 keys take 70-200 MB as numbers, about 550 MB as such strings, which is as
 * much as a runner should give them. Past the bound no new key is stored: duplicates of stored
 * keys are still found, and the checks say they are incomplete.
 */
export const DEFAULT_MAX_KEYS = 5_000_000;

/** The keys budget shared by every key set of one validation. */
export interface KeyBudget {
  left: number;
  readonly max: number;
}

/** Where a key was first seen, packed in one number: file index * 2^33 + line (or row). */
const LINE_SPAN = 2 ** 33;

/** What `firstOrStore` says of a new key: stored, or not for want of budget. */
const STORED = -1;
const FULL = -2;

/** How the note and the warning of a key set that reached the bound name it. */
const BOUND_NOTE = "the key memory bound";

/**
 * What to do where a key set reaches the bound, as the docs say it: the sets share the bound,
 * and each holds up to a key a row.
 */
const raiseMaxKeys = (sets: number) =>
  `Raise x-mlops.maxKeys to ${sets === 1 ? "the number of rows" : `the number of rows times ${sets}, the key sets that share it`}, where the runner has the memory: a key takes up to 40 bytes as a number, 100-140 as a short text`;

/**
 * One uniqueness constraint over a key set's fields: `unique` on a field, the `primaryKey`
 * (whose fields must also be present), or one of the `uniqueKeys` (a row with a missing value in
 * any of its fields is not checked, as Table Schema says).
 */
interface KeyConstraint {
  readonly tally: RowTally;
  readonly primary: boolean;
  /** The constraint's fields, as indexes into its set's fields: its own order, for the examples. */
  readonly order: readonly number[];
}

/**
 * The keys seen over one set of fields, shared by every constraint on that set (a field's
 * `unique` and a primary key of that field alone; a `uniqueKeys` entry that is the primary key):
 * each key is held once, counts once against the budget, and fails each constraint at the same
 * rows. A constraint's row is counted when it is checked: the primary key checks a row with a
 * missing value, and fails it; the others leave it out.
 */
export class KeySet {
  /** Per key, where it was first seen; number keys (values or category codes) apart. */
  private readonly numbers = new NumberKeys();
  private readonly texts = new Map<string, number>();
  private readonly files: string[] = [];
  private rounded = false;
  private full = false;
  /** Whether a missing value fails a row: the set holds the primary key. */
  private readonly primary: boolean;

  constructor(
    private readonly fields: readonly string[],
    private readonly constraints: readonly KeyConstraint[],
    private readonly budget: KeyBudget,
    /** Told once, where the set first meets a new key it cannot store. */
    private readonly onBound: (message: string) => void,
    /** How many key sets share the budget. */
    private readonly sharedBy: number,
  ) {
    this.primary = constraints.some((constraint) => constraint.primary);
  }

  /** The key of row `row`, or undefined when a part is missing. */
  private keyOf(
    columns: readonly (Column | BytesColumn)[],
    row: number,
  ): string | number | undefined {
    if (columns.length === 1) {
      const column = columns[0]!;
      if ("bytes" in column) return cellValue(column, row) ?? undefined;
      if ("values" in column) {
        const value = column.values[row]!;
        return Number.isNaN(value) ? undefined : value;
      }
      const code = column.codes[row]!;
      if (code < 0) return undefined;
      // A categorical code names the same value in every batch of a read; a text code does not.
      return column.type === "categorical" ? code : column.dictionary[code];
    }
    // Each part is prefixed with its length, so no character in a value can shift a boundary.
    let key = "";
    for (const column of columns) {
      const value = cellValue(column, row);
      if (value === null) return undefined;
      const text = String(value);
      key += `${text.length}:${text}`;
    }
    return key;
  }

  /**
   * Where `key` was first seen; or, for a new key, `STORED` once it is stored at `at`, or
   * `FULL` when the budget is spent.
   */
  private firstOrStore(key: string | number, at: number): number {
    const budget = this.budget;
    if (typeof key === "number") {
      const first = this.numbers.firstOrStore(key, at, budget.left > 0);
      if (first >= 0) return first;
    } else {
      const first = this.texts.get(key);
      if (first !== undefined) return first;
      if (budget.left > 0) this.texts.set(key, at);
    }
    if (budget.left <= 0) return FULL;
    budget.left--;
    return STORED;
  }

  /** Why row `row` has no primary key, naming the key's fields without a value when several. */
  private missingNote(columns: readonly (Column | BytesColumn)[], row: number): string {
    if (columns.length === 1) return "a primary key value is missing";
    const absent = this.fields.filter((_, f) => cellValue(columns[f]!, row) === null);
    return `a primary key value is missing: no value in ${absent.map((name) => bounded(name)).join(", ")}`;
  }

  /** Fails row `row` in every constraint for `note`, or in the primary key's alone. */
  private fail(
    at: { batch: Batch; row: number; invalid: Uint8Array },
    columns: readonly (Column | BytesColumn)[],
    note: string,
    primaryOnly = false,
  ): void {
    const { batch, row, invalid } = at;
    for (const { tally, primary, order } of this.constraints) {
      if (primaryOnly && !primary) continue;
      // The key as the constraint names its fields; made only while an example is kept, and
      // left out of it by a tally that withholds it.
      const shown = !tally.keepsExamples
        ? null
        : order.length === 1
          ? exampleValue(columns[order[0]!]!, row)
          : order.map((f) => exampleValue(columns[f]!, row)).join(", ");
      tally.fail(batch, row, invalid, shown, note);
    }
  }

  /** Adds `note` to every constraint's tally, after any note it has. */
  private note(note: string): void {
    for (const { tally } of this.constraints) {
      tally.note = tally.note === null ? note : `${tally.note}; ${note}`;
    }
  }

  /** Notes, and warns once, that row `row` brought a new key the budget had no room for. */
  private reachBound(batch: Batch, row: number, locator: RowLocator): void {
    this.full = true;
    for (const { tally } of this.constraints) tally.partial = true;
    const file = locator.shown(batch.file);
    const line = batch.lineNumbers[row]!;
    // Named as a duplicate's first sighting is: the line in the file, or a Parquet row.
    this.note(
      `${BOUND_NOTE} (x-mlops.maxKeys = ${this.budget.max}) was reached at ${file} ${lineOrRow(locator, batch.file, line)}; later new keys were not stored`,
    );
    const where = rowPlace(file, batch.file, line);
    const ids = this.constraints.map(({ tally }) => bounded(tally.result().id)).join(", ");
    this.onBound(
      `${ids} checked only part of the keys: ${BOUND_NOTE} (x-mlops.maxKeys = ${this.budget.max}) was reached at ${where}, and a duplicate of a key first seen from there on passes unseen. ${raiseMaxKeys(this.sharedBy)}`,
    );
  }

  /** A row with a cell that failed `type` is not checked: its key is not known. */
  run(batch: Batch, invalid: Uint8Array, locator: RowLocator, typeErrors: TypeErrors): void {
    const columns = this.fields.map((name) => columnOf(batch, name)!);
    const mistyped = this.fields
      .map((name) => typeErrors.get(name))
      .filter((flags) => flags !== undefined);
    let fileIndex = this.files.indexOf(batch.file);
    if (fileIndex < 0) fileIndex = this.files.push(batch.file) - 1;
    let keyed = 0;
    let missing = 0;
    for (let row = 0; row < batch.length; row++) {
      if (anyFlagged(mistyped, row)) continue;
      const key = this.keyOf(columns, row);
      if (key === undefined) {
        missing++;
        if (this.primary)
          this.fail({ batch, row, invalid }, columns, this.missingNote(columns, row), true);
        continue;
      }
      keyed++;
      const first = this.firstOrStore(key, fileIndex * LINE_SPAN + batch.lineNumbers[row]!);
      if (first >= 0) {
        const file = this.files[Math.floor(first / LINE_SPAN)]!;
        const where = lineOrRow(locator, file, first % LINE_SPAN);
        const of = file === batch.file ? where : `${locator.shown(file)} ${where}`;
        this.fail({ batch, row, invalid }, columns, `duplicate of ${of}`);
        if (!this.rounded && pastExactIntegers(columns, row)) {
          this.rounded = true;
          this.note(ROUNDED_NOTE);
        }
      } else if (first === FULL && !this.full) {
        this.reachBound(batch, row, locator);
      }
    }
    for (const { tally, primary } of this.constraints) {
      tally.evaluated += keyed + (primary ? missing : 0);
    }
  }
}

/** Where a row of `file` is: `line 12` (1-based, a CSV header included), or a Parquet `row 11`. */
const lineOrRow = (locator: RowLocator, file: string, at: number): string =>
  locator.hasLines(file) ? `line ${at}` : `row ${at}`;

/**
 * Why a duplicate of numbers past 2^53 may not be one: the reader holds numbers as doubles, which
 * round such integers (19-digit ids that differ in their last digit are one double).
 */
const ROUNDED_NOTE = `a value beyond ${EXACT_INTEGERS} is read as the nearest number a double holds, so distinct values may count as duplicates here: declare the field's type string to compare them as written`;

/** Whether a part of row `row`'s key is a number past the integers a double holds exactly. */
function pastExactIntegers(columns: readonly (Column | BytesColumn)[], row: number): boolean {
  return columns.some((column) => {
    if (!("values" in column)) return false;
    const value = Math.abs(column.values[row]!);
    return value > Number.MAX_SAFE_INTEGER && value !== Number.POSITIVE_INFINITY;
  });
}

/** Whether row `row` is flagged in any of `flags`; a loop, not `some`, which makes a closure a row. */
function anyFlagged(flags: readonly Uint8Array[], row: number): boolean {
  for (let f = 0; f < flags.length; f++) if (flags[f]![row] === 1) return true;
  return false;
}

/** The uniqueness checks of a validation: the key sets to run, and the checks' tallies. */
export interface KeyChecks {
  /** One per set of fields, however many constraints are on it. */
  readonly sets: readonly KeySet[];
  /** One per constraint, in the contract's order: `unique`, `primaryKey`, `uniqueKeys`. */
  readonly tallies: readonly RowTally[];
}

/**
 * The uniqueness checks a contract asks for: per-field `unique`, `primaryKey`, `uniqueKeys`, with
 * one key set per set of fields (in any order). A key over several fields is named with them, as
 * `primaryKey(customer_id, month)`. `onBound` is told where a set stops storing new keys.
 */
/**
 * A key's tally, by its check's id: a one-field key's is the field's (`id.primaryKey`), a
 * compound key's names its fields (`uniqueKey(id, day)`).
 */
export const keyTally = (
  kind: "unique" | "primaryKey" | "uniqueKey",
  fields: readonly string[],
  make: (check: string, column: string | null, fields: readonly string[]) => RowTally,
): RowTally =>
  fields.length === 1
    ? make(kind, fields[0]!, fields)
    : make(`${kind}(${fields.join(", ")})`, null, fields);

export function keyChecks(
  keys: {
    unique: readonly string[];
    primaryKey: readonly string[];
    uniqueKeys: readonly (readonly string[])[];
  },
  make: (check: string, column: string | null, fields: readonly string[]) => RowTally,
  budget: KeyBudget,
  onBound: (message: string) => void,
): KeyChecks {
  const declared = [
    ...keys.unique.map((name) => ({ kind: "unique" as const, fields: [name], primary: false })),
    ...(keys.primaryKey.length > 0
      ? [{ kind: "primaryKey" as const, fields: keys.primaryKey, primary: true }]
      : []),
    ...keys.uniqueKeys.map((fields) => ({ kind: "uniqueKey" as const, fields, primary: false })),
  ];
  const tallies = declared.map(({ kind, fields }) => keyTally(kind, fields, make));
  const bySet = new Map<string, number[]>();
  declared.forEach(({ fields }, i) => {
    const set = JSON.stringify([...fields].sort());
    bySet.set(set, [...(bySet.get(set) ?? []), i]);
  });
  const sets = [...bySet.values()].map((members) => {
    const { fields } = declared[members[0]!]!;
    const constraints = members.map((i) => ({
      tally: tallies[i]!,
      primary: declared[i]!.primary,
      order: declared[i]!.fields.map((name) => fields.indexOf(name)),
    }));
    return new KeySet(fields, constraints, budget, onBound, bySet.size);
  });
  return { sets, tallies };
}
