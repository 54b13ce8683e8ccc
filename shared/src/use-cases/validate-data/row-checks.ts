import type {
  Batch,
  BytesColumn,
  Column,
  NumericColumn,
  StringColumn,
} from "../../engine/data/batch.js";
import type { NumericColumnType } from "../../engine/data/column-type.js";
import { StringDictionary } from "../../engine/data/string-dictionary.js";
import { asBuffer, isUtf8Cell, textOfBytes } from "../../engine/data/text-bytes.js";
import { ucs2length } from "../../engine/contracts/json-values.js";
import {
  normalFormNote,
  otherNormalForm,
  quoteName,
  spacesOrCase,
} from "../../engine/report/closest-name.js";
import { boundValue, enumValue, type ContractField } from "./data-contract.js";
import { RowTally, type RowLocator } from "./check-result.js";
import type { PatternTest } from "./pattern.js";
import type { TypeErrors } from "./type-checks.js";
import { VerdictCache } from "./verdict-cache.js";

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

/** How a value must compare with a bound: ≥, ≤, > or <. */
const enum Side {
  AtLeast,
  AtMost,
  Above,
  Below,
}

/**
 * A numeric check: a bound is compared inline over the batch (a double handed to a function is
 * boxed on the heap, once per cell), anything else is tested by `test`.
 */
interface NumericPredicate extends Predicate<number> {
  readonly bound?: { readonly value: number; readonly side: Side };
}

const list = (values: readonly unknown[]) =>
  values.length > 5 ? `${values.slice(0, 5).join(", ")}, … (${values.length})` : values.join(", ");

/**
 * `enum` on text: a failing value that is an allowed one in another Unicode normal form (an
 * accent written decomposed), which looks the same in the report, is noted as such; one that
 * differs from an allowed value only by case or white space (`usd`, `USD `) names that value.
 */
function textEnumTally(make: MakeTally, entries: readonly unknown[], allowed: Set<string>) {
  const tally = make("enum", `one of ${list(entries)}`);
  tally.exampleNote = (value) => {
    const twin = otherNormalForm(value, allowed);
    if (twin !== undefined) return normalFormNote(value, twin).trimEnd();
    for (const known of allowed) {
      const how = spacesOrCase(value, known);
      if (how !== undefined) return `did you mean ${quoteName(known)}? ${how}`;
    }
    return null;
  };
  return tally;
}

/** `required`: a value in every row; counted over all rows, not only the present values. */
function requiredTally(field: ContractField, make: MakeTally): RowTally | undefined {
  return field.constraints?.required ? make("required", "a value in every row") : undefined;
}

type MakeTally = (check: string, expected: string) => RowTally;

/** A field's tallies: `required`'s first, then its predicates' in order. */
const talliesOf = (
  required: RowTally | undefined,
  predicates: readonly { readonly tally: RowTally }[],
): RowTally[] => [...(required ? [required] : []), ...predicates.map((p) => p.tally)];

/** A numeric column's checks; `type` is the column's, which an enum's entries are read as. */
function numericPredicates(
  field: ContractField,
  make: MakeTally,
  type: NumericColumnType,
): NumericPredicate[] {
  const c = field.constraints ?? {};
  const out: NumericPredicate[] = [];
  const bound = (name: keyof typeof c, symbol: string, side: Side) => {
    const raw = c[name] as string | number | undefined;
    if (raw === undefined) return;
    const value = boundValue(raw, field.type);
    const test = (v: number) => within(v, value, side);
    out.push({ tally: make(name, `${symbol} ${raw}`), test, bound: { value, side } });
  };
  bound("minimum", "≥", Side.AtLeast);
  bound("maximum", "≤", Side.AtMost);
  bound("exclusiveMinimum", ">", Side.Above);
  bound("exclusiveMaximum", "<", Side.Below);
  if (c.enum) {
    const allowed = new Set(c.enum.map((entry) => enumValue(entry, type)));
    out.push({ tally: make("enum", `one of ${list(c.enum)}`), test: (v) => allowed.has(v) });
  }
  return out;
}

function within(v: number, bound: number, side: Side): boolean {
  if (side === Side.AtLeast) return v >= bound;
  if (side === Side.AtMost) return v <= bound;
  return side === Side.Above ? v > bound : v < bound;
}

/** Fails the batch's present values of `column` that are not within `bound`. */
function failOutside(
  batch: Batch,
  column: NumericColumn,
  invalid: Uint8Array,
  { tally, bound }: NumericPredicate,
): void {
  const { values } = column;
  const { value, side } = bound!;
  for (let i = 0; i < batch.length; i++) {
    const v = values[i]!;
    if (v !== v || within(v, value, side)) continue;
    tally.failCell(batch, i, invalid, column);
  }
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
    out.push({ tally: make("pattern", `matches ${c.pattern}`), test: (v) => pattern.text(v) });
  }
  if (c.enum) {
    const allowed = new Set(c.enum.map(String));
    out.push({ tally: textEnumTally(make, c.enum, allowed), test: (v) => allowed.has(v) });
  }
  return out;
}

/** A string check on a cell of a column read as bytes, `bytes[start, end)`. */
interface BytePredicate {
  readonly tally: RowTally;
  readonly test: (bytes: Uint8Array, start: number, end: number) => boolean;
  /** Whether a test costs far more than looking its verdict up (a regular expression). */
  readonly slow?: boolean;
}

/** The length of a cell's text in code points, as `ucs2length` counts it, from its bytes. */
function cellLength(bytes: Uint8Array, start: number, end: number): number {
  if (!isUtf8Cell(bytes, start, end)) return ucs2length(textOfBytes(bytes, start, end));
  let length = 0;
  // Each code point has one byte that is not a continuation byte (10xxxxxx).
  for (let i = start; i < end; i++) if ((bytes[i]! & 0xc0) !== 0x80) length++;
  return length;
}

/** `stringPredicates` for a text column read as bytes: the same checks, no string per cell. */
function bytePredicates(
  field: ContractField,
  make: MakeTally,
  pattern: PatternTest | undefined,
): BytePredicate[] {
  const c = field.constraints ?? {};
  const out: BytePredicate[] = [];
  if (c.minLength !== undefined) {
    const min = c.minLength;
    const test = (b: Uint8Array, s: number, e: number) => cellLength(b, s, e) >= min;
    out.push({ tally: make("minLength", `length ≥ ${min}`), test });
  }
  if (c.maxLength !== undefined) {
    const max = c.maxLength;
    const test = (b: Uint8Array, s: number, e: number) => cellLength(b, s, e) <= max;
    out.push({ tally: make("maxLength", `length ≤ ${max}`), test });
  }
  if (pattern !== undefined) {
    out.push({ tally: make("pattern", `matches ${c.pattern}`), test: pattern.bytes, slow: true });
  }
  if (c.enum) {
    const allowed = new Set(c.enum.map(String));
    const spelled = new StringDictionary();
    for (const value of allowed) spelled.codeOf(value);
    const test = (b: Uint8Array, s: number, e: number) =>
      isUtf8Cell(b, s, e) ? spelled.hasBytes(b, s, e) : allowed.has(textOfBytes(b, s, e));
    out.push({ tally: textEnumTally(make, c.enum, allowed), test });
  }
  return out;
}

class NumericChecks implements ColumnChecks {
  readonly tallies: RowTally[];

  constructor(
    private readonly name: string,
    private readonly required: RowTally | undefined,
    private readonly predicates: NumericPredicate[],
    private readonly noValue: string,
  ) {
    this.tallies = talliesOf(required, predicates);
  }

  run(batch: Batch, invalid: Uint8Array, typeErrors: TypeErrors): void {
    const column = batch.columns.get(this.name) as NumericColumn;
    const values = column.values;
    const mistyped = typeErrors.get(this.name);
    let present = 0;
    let untyped = 0;
    for (let i = 0; i < batch.length; i++) {
      if (mistyped?.[i]) untyped++;
      else if (Number.isNaN(values[i]!)) this.required?.fail(batch, i, invalid, null, this.noValue);
      else present++;
    }
    if (this.required) this.required.evaluated += batch.length - untyped;
    for (const predicate of this.predicates) {
      const { tally, test } = predicate;
      tally.evaluated += present;
      if (predicate.bound) {
        failOutside(batch, column, invalid, predicate);
        continue;
      }
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
    private readonly noValue: string,
  ) {
    this.tallies = talliesOf(required, predicates);
  }

  private judge(column: StringColumn): void {
    const { dictionary } = column;
    if (column.type === "text") this.known = 0;
    if (this.verdicts.length < dictionary.length) {
      const grown = new Uint32Array(Math.max(dictionary.length, this.verdicts.length * 2));
      grown.set(this.verdicts.subarray(0, this.known));
      this.verdicts = grown;
    }
    // Plain loops: a closure here would give every value a context on the heap.
    const { predicates } = this;
    for (let code = this.known; code < dictionary.length; code++) {
      let bits = 0;
      for (let p = 0; p < predicates.length; p++) {
        if (!predicates[p]!.test(dictionary[code]!)) bits |= 1 << p;
      }
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
        required?.fail(batch, i, invalid, null, this.noValue);
        continue;
      }
      present++;
      const bits = verdicts[code]!;
      if (bits !== 0) failBits(this.predicates, batch, i, invalid, column, bits);
    }
    if (this.required) this.required.evaluated += batch.length;
    for (const { tally } of this.predicates) tally.evaluated += present;
  }
}

/**
 * A text column read as bytes: each cell is tested where it lies, through a verdict cache when
 * a check runs a regular expression.
 */
class ByteChecks implements ColumnChecks {
  readonly tallies: RowTally[];
  private readonly cache: VerdictCache | undefined;

  constructor(
    private readonly name: string,
    private readonly required: RowTally | undefined,
    private readonly predicates: BytePredicate[],
    private readonly noValue: string,
  ) {
    this.tallies = talliesOf(required, predicates);
    if (predicates.some((predicate) => predicate.slow)) {
      this.cache = new VerdictCache((bytes, start, end) => this.judge(bytes, start, end));
    }
  }

  /** One bit per predicate that the cell `bytes[start, end)` fails. */
  private judge(bytes: Uint8Array, start: number, end: number): number {
    let bits = 0;
    for (let p = 0; p < this.predicates.length; p++) {
      if (!this.predicates[p]!.test(bytes, start, end)) bits |= 1 << p;
    }
    return bits;
  }

  run(batch: Batch, invalid: Uint8Array): void {
    const column = batch.byteColumns!.get(this.name)!;
    const { starts, missing } = column;
    const bytes = asBuffer(column.bytes);
    const { predicates, required, cache } = this;
    cache?.clear();
    let present = 0;
    for (let i = 0; i < batch.length; i++) {
      if (missing[i] === 1) {
        required?.fail(batch, i, invalid, null, this.noValue);
        continue;
      }
      present++;
      if (predicates.length === 0) continue;
      const start = starts[i]!;
      const end = starts[i + 1]!;
      const bits = cache ? cache.verdict(bytes, start, end) : this.judge(bytes, start, end);
      if (bits !== 0) failBits(predicates, batch, i, invalid, column, bits);
    }
    if (required) required.evaluated += batch.length;
    for (const { tally } of predicates) tally.evaluated += present;
  }
}

/**
 * Fails row `row` in each check whose bit is set. A function, not a closure in the row loop: a
 * closure there would give every row of the loop a context on the heap.
 */
function failBits(
  predicates: readonly { readonly tally: RowTally }[],
  batch: Batch,
  row: number,
  invalid: Uint8Array,
  column: Column | BytesColumn,
  bits: number,
): void {
  for (let p = 0; p < predicates.length; p++) {
    if (bits & (1 << p)) predicates[p]!.tally.failCell(batch, row, invalid, column);
  }
}

/**
 * The row-level checks `field` declares, as tallies that see no row: for a declared field the
 * data lacks, whose checks the report lists as not run rather than leaves out. `numeric` is the
 * column type the field would be read as, when numbers.
 */
export function declaredTallies(
  field: ContractField,
  numeric: NumericColumnType | undefined,
  pattern: PatternTest | undefined,
  make: MakeTally,
): RowTally[] {
  const required = requiredTally(field, make);
  const predicates = numeric
    ? numericPredicates(field, make, numeric)
    : stringPredicates(field, make, pattern);
  return talliesOf(required, predicates);
}

/** How a field's row-level checks count and show their failures. */
export interface ColumnCheckOptions {
  /** The share of values that must pass each check. */
  readonly mostly: number;
  readonly maxExamples: number;
  readonly locator: RowLocator;
  /** The field's compiled `pattern`, when it has one. */
  readonly pattern: PatternTest | undefined;
  /** What a row without a value is told: `no value`, unless the data shows why it has none. */
  readonly noValue?: string;
  /** Whether the field is sensitive: its examples keep no value (`RowTally.withholds`). */
  readonly withholds?: boolean;
}

/**
 * The row-level checks of a field, for the type its column was read as; none when the field
 * has no row-level constraint.
 */
export function columnChecks(
  field: ContractField,
  column: Column | BytesColumn,
  { mostly, maxExamples, locator, pattern, noValue = "no value", withholds }: ColumnCheckOptions,
): ColumnChecks | undefined {
  const make: MakeTally = (check, expected) =>
    new RowTally(check, field.name, expected, mostly, maxExamples, locator, withholds);
  const required = requiredTally(field, make);
  if ("bytes" in column) {
    const predicates = bytePredicates(field, make, pattern);
    return required || predicates.length
      ? new ByteChecks(field.name, required, predicates, noValue)
      : undefined;
  }
  if ("values" in column) {
    const predicates = numericPredicates(field, make, column.type);
    return required || predicates.length
      ? new NumericChecks(field.name, required, predicates, noValue)
      : undefined;
  }
  const predicates = stringPredicates(field, make, pattern);
  return required || predicates.length
    ? new StringChecks(field.name, required, predicates, noValue)
    : undefined;
}
