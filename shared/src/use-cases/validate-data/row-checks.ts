import type { Batch, Column, NumericColumn, StringColumn } from "../../engine/data/batch.js";
import { ucs2length } from "../../engine/contracts/json-values.js";
import { boundValue, type ContractField } from "./data-contract.js";
import { RowTally, type RowLocator } from "./check-result.js";
import type { PatternTest } from "./pattern.js";
import type { TypeErrors } from "./type-checks.js";

/** The row-level checks of one column: one pass over each batch's cells. */
export interface ColumnChecks {
  readonly tallies: readonly RowTally[];
  /** `typeErrors`: the cells that failed `type`, held as missing, which no other check sees. */
  run(batch: Batch, invalid: Uint8Array, typeErrors: TypeErrors): void;
}

interface Predicate<T> {
  readonly tally: RowTally;
  readonly test: (value: T) => boolean;
}

const list = (values: readonly unknown[]) =>
  values.length > 5 ? `${values.slice(0, 5).join(", ")}, … (${values.length})` : values.join(", ");

/** `required`: a value in every row; counted over all rows, not only the present values. */
function requiredTally(field: ContractField, make: MakeTally): RowTally | undefined {
  return field.constraints?.required ? make("required", "a value in every row") : undefined;
}

type MakeTally = (check: string, expected: string) => RowTally;

/** An enum entry as a numeric column holds it: booleans as 0/1, dates as epoch milliseconds. */
function enumNumber(value: string | number | boolean, field: ContractField): number {
  if (typeof value === "boolean") return Number(value);
  const dated = field.type === "date" || field.type === "datetime";
  return typeof value === "string" && !dated ? Number(value) : boundValue(value, field.type);
}

function numericPredicates(field: ContractField, make: MakeTally): Predicate<number>[] {
  const c = field.constraints ?? {};
  const out: Predicate<number>[] = [];
  const bound = (name: keyof typeof c, symbol: string, test: (v: number, b: number) => boolean) => {
    const raw = c[name] as string | number | undefined;
    if (raw === undefined) return;
    const b = boundValue(raw, field.type);
    out.push({ tally: make(name, `${symbol} ${raw}`), test: (v) => test(v, b) });
  };
  bound("minimum", "≥", (v, b) => v >= b);
  bound("maximum", "≤", (v, b) => v <= b);
  bound("exclusiveMinimum", ">", (v, b) => v > b);
  bound("exclusiveMaximum", "<", (v, b) => v < b);
  if (c.enum) {
    const allowed = new Set(c.enum.map((value) => enumNumber(value, field)));
    out.push({ tally: make("enum", `one of ${list(c.enum)}`), test: (v) => allowed.has(v) });
  }
  return out;
}

function stringPredicates(
  field: ContractField,
  make: MakeTally,
  pattern: PatternTest | undefined,
): Predicate<string>[] {
  const c = field.constraints ?? {};
  const out: Predicate<string>[] = [];
  if (c.minLength !== undefined) {
    const min = c.minLength;
    out.push({ tally: make("minLength", `length ≥ ${min}`), test: (v) => ucs2length(v) >= min });
  }
  if (c.maxLength !== undefined) {
    const max = c.maxLength;
    out.push({ tally: make("maxLength", `length ≤ ${max}`), test: (v) => ucs2length(v) <= max });
  }
  if (pattern !== undefined) {
    out.push({ tally: make("pattern", `matches ${c.pattern}`), test: pattern });
  }
  if (c.enum) {
    const allowed = new Set(c.enum.map(String));
    out.push({ tally: make("enum", `one of ${list(c.enum)}`), test: (v) => allowed.has(v) });
  }
  return out;
}

class NumericChecks implements ColumnChecks {
  readonly tallies: RowTally[];

  constructor(
    private readonly name: string,
    private readonly required: RowTally | undefined,
    private readonly predicates: Predicate<number>[],
  ) {
    this.tallies = [...(required ? [required] : []), ...predicates.map((p) => p.tally)];
  }

  run(batch: Batch, invalid: Uint8Array, typeErrors: TypeErrors): void {
    const column = batch.columns.get(this.name) as NumericColumn;
    const values = column.values;
    const mistyped = typeErrors.get(this.name);
    let present = 0;
    let untyped = 0;
    for (let i = 0; i < batch.length; i++) {
      if (mistyped?.[i]) untyped++;
      else if (Number.isNaN(values[i]!)) this.required?.fail(batch, i, invalid, null, "no value");
      else present++;
    }
    if (this.required) this.required.evaluated += batch.length - untyped;
    for (const { tally, test } of this.predicates) {
      tally.evaluated += present;
      for (let i = 0; i < batch.length; i++) {
        const v = values[i]!;
        if (!Number.isNaN(v) && !test(v)) tally.failCell(batch, i, invalid, column);
      }
    }
  }
}

/**
 * String columns are dictionary-encoded, so each distinct value is tested once and each row
 * only looks its verdicts up. A categorical dictionary lasts the whole read, and so do its
 * verdicts; a text column's dictionary, and its verdicts, are the batch's own.
 */
class StringChecks implements ColumnChecks {
  readonly tallies: RowTally[];
  /** Per dictionary code, one bit per predicate that the value fails. */
  private verdicts = new Uint32Array(0);
  private known = 0;

  constructor(
    private readonly name: string,
    private readonly required: RowTally | undefined,
    private readonly predicates: Predicate<string>[],
  ) {
    this.tallies = [...(required ? [required] : []), ...predicates.map((p) => p.tally)];
  }

  private judge(column: StringColumn): void {
    const { dictionary } = column;
    if (column.type === "text") this.known = 0;
    if (this.verdicts.length < dictionary.length) {
      const grown = new Uint32Array(Math.max(dictionary.length, this.verdicts.length * 2));
      grown.set(this.verdicts.subarray(0, this.known));
      this.verdicts = grown;
    }
    for (let code = this.known; code < dictionary.length; code++) {
      let bits = 0;
      this.predicates.forEach(({ test }, p) => {
        if (!test(dictionary[code]!)) bits |= 1 << p;
      });
      this.verdicts[code] = bits;
    }
    this.known = dictionary.length;
  }

  run(batch: Batch, invalid: Uint8Array): void {
    const column = batch.columns.get(this.name) as StringColumn;
    if (this.predicates.length > 0) this.judge(column);
    const { codes } = column;
    const { verdicts, required } = this;
    let present = 0;
    for (let i = 0; i < batch.length; i++) {
      const code = codes[i]!;
      if (code < 0) {
        required?.fail(batch, i, invalid, null, "no value");
        continue;
      }
      present++;
      const bits = verdicts[code]!;
      if (bits === 0) continue;
      this.predicates.forEach(({ tally }, p) => {
        if (bits & (1 << p)) tally.failCell(batch, i, invalid, column);
      });
    }
    if (this.required) this.required.evaluated += batch.length;
    for (const { tally } of this.predicates) tally.evaluated += present;
  }
}

/** How a field's row-level checks count and show their failures. */
export interface ColumnCheckOptions {
  /** The share of values that must pass each check. */
  readonly mostly: number;
  readonly maxExamples: number;
  readonly locator: RowLocator;
  /** The field's compiled `pattern`, when it has one. */
  readonly pattern: PatternTest | undefined;
}

/**
 * The row-level checks of a field, for the type its column was read as; none when the field
 * has no row-level constraint.
 */
export function columnChecks(
  field: ContractField,
  column: Column,
  { mostly, maxExamples, locator, pattern }: ColumnCheckOptions,
): ColumnChecks | undefined {
  const make: MakeTally = (check, expected) =>
    new RowTally(check, field.name, expected, mostly, maxExamples, locator);
  const required = requiredTally(field, make);
  if ("values" in column) {
    const predicates = numericPredicates(field, make);
    return required || predicates.length
      ? new NumericChecks(field.name, required, predicates)
      : undefined;
  }
  const predicates = stringPredicates(field, make, pattern);
  return required || predicates.length
    ? new StringChecks(field.name, required, predicates)
    : undefined;
}
