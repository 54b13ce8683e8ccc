import type { BytesColumn, Column } from "../data/batch.js";
import { isNumericType, type ColumnType } from "../data/column-type.js";
import { FrequentValues } from "./frequent-values.js";
import { HyperLogLog } from "./hyperloglog.js";
import { keptValue } from "./kept-text.js";
import { KllSketch, quantileOf } from "./kll-sketch.js";
import { Moments } from "./moments.js";
import { NumberTable } from "./number-table.js";
import { equalWidthEdges } from "../stats/equal-width-edges.js";
import { rangeScale } from "../stats/range-scale.js";
import type { ColumnProfile, Histogram, ProfileSettings } from "./profile-types.js";
import { ByteCells, DictionaryCells, type TextCells } from "./text-cells.js";

/** The quantiles shown in a profile for people (the sketch answers any other). */
export const SHOWN_QUANTILES = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** The running profile of one column: fed batch by batch, merged, written as JSON. */
export class ColumnProfiler {
  readonly numeric: boolean;
  moments = new Moments();
  kll: KllSketch;
  frequent: FrequentValues;
  count = 0;
  missing = 0;
  infinite = 0;

  constructor(
    readonly name: string,
    /** The column's type: one inferred as integers is numeric once a batch widens it. */
    public type: ColumnType,
    readonly settings: ProfileSettings,
    /** The column's own missing values, where they are not the profile's. */
    readonly missingValues?: readonly string[],
  ) {
    this.numeric = isNumericType(type);
    this.kll = new KllSketch(settings.quantileK);
    this.frequent = new FrequentValues({
      exactCap: settings.exactCap,
      frequentK: settings.frequentK,
      hllPrecision: settings.hllPrecision,
      keepBeyondCap: !this.numeric,
    });
  }

  add(column: Column | BytesColumn): void {
    if ("bytes" in column) this.addCells(new ByteCells(column));
    else if ("values" in column) {
      this.type = column.type;
      this.addNumbers(column.values);
    } else if (column.type === "text") this.addCells(new DictionaryCells(column));
    else this.addCodes(column.codes, column.dictionary);
  }

  /**
   * A text column's cells, row by row: its dictionary is the batch's own, so counting per code
   * would summarise each batch's values in their own order, and a profile would depend on where
   * batches end.
   */
  private addCells(cells: TextCells): void {
    let missing = 0;
    for (let row = 0; row < cells.length; row++) if (cells.isMissing(row)) missing++;
    this.missing += missing;
    this.count += cells.length - missing;
    this.frequent.addCells(cells);
  }

  /** Each part in a loop of its own over the batch, so that no value is boxed between calls. */
  private addNumbers(values: Float64Array): void {
    this.moments.addBatch(values);
    this.kll.updateMany(values);
    const frequent = this.frequent;
    let finite = 0;
    let missing = 0;
    if (frequent.tracked) this.countValues(values);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v !== v) missing++;
      else if (v - v === 0) {
        finite++;
        if (!frequent.tracked) frequent.addHashOnly(v);
      }
    }
    this.count += finite;
    this.missing += missing;
    this.infinite += values.length - finite - missing;
  }

  /** Per-batch counts of the distinct values, while they are tracked. */
  private batchCounts: NumberTable | undefined;

  /**
   * Adds the batch's finite values to the frequent values, once per distinct value with its
   * count: a number's counts take no order, so this is the summary of adding them one by one.
   * Should the column pass the cap, the values after it are hashed by the caller.
   */
  private countValues(values: Float64Array): void {
    if (this.countSmallIntegers(values)) return;
    const counts = (this.batchCounts ??= new NumberTable());
    counts.clear();
    const frequent = this.frequent;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue;
      const index = counts.indexOrAdd(v, 1);
      if (index >= 0) counts.values[index]!++;
      // Past the cap the batch's values are hashed one by one: counting them is no use.
      if (counts.size > this.settings.exactCap) break;
    }
    for (let i = 0; i < counts.size && frequent.tracked; i++) {
      frequent.add(counts.keys[i]!, counts.values[i]!);
    }
  }

  /** Per offset from a batch's least value, its count (`countSmallIntegers`); all zeros between batches. */
  private tally: Int32Array | undefined;
  /** The offsets of `tally` in the order their values first appear in the batch. */
  private firstSeen: Int32Array | undefined;

  /**
   * `countValues` for a batch of integers spanning fewer values than the exact cap (ages,
   * counts, ratings), counted by their offset from the least rather than hashed: the same
   * values, counts and order of first appearance, in about a fifth of the time. False, with
   * nothing counted, for any other batch.
   */
  private countSmallIntegers(values: Float64Array): boolean {
    const span = this.settings.exactCap;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue;
      if (v !== Math.floor(v)) return false;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (!(max - min < span) || min < -Number.MAX_SAFE_INTEGER || max > Number.MAX_SAFE_INTEGER) {
      return false;
    }
    const tally = (this.tally ??= new Int32Array(span));
    const firstSeen = (this.firstSeen ??= new Int32Array(span));
    let distinct = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue;
      const offset = v - min;
      if (tally[offset]!++ === 0) firstSeen[distinct++] = offset;
    }
    const frequent = this.frequent;
    for (let d = 0; d < distinct; d++) {
      const offset = firstSeen[d]!;
      if (frequent.tracked) frequent.add(min + offset, tally[offset]!);
      tally[offset] = 0;
    }
    return true;
  }

  /** Per dictionary code, the batch's count; kept between batches, all zeros. */
  private codeCounts = new Float64Array(0);

  private addCodes(codes: Int32Array, dictionary: readonly string[]): void {
    if (this.codeCounts.length < dictionary.length) {
      this.codeCounts = new Float64Array(Math.max(dictionary.length, this.codeCounts.length * 2));
    }
    const counts = this.codeCounts;
    let missing = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code < 0) missing++;
      else counts[code]!++;
    }
    this.missing += missing;
    this.count += codes.length - missing;
    // Values in order of first appearance in the batch keep the summary deterministic.
    this.frequent.addCounts(dictionary, counts);
    counts.fill(0, 0, dictionary.length);
  }

  /** Adds the column of a later part, of values of the same kind (`mergeProfiles`). */
  merge(other: ColumnProfiler): void {
    // Integers and numbers merge as numbers, as a read widens integers at a late decimal.
    // Strings keep this part's type, text or categorical, as the first rows of the
    // concatenation would type them.
    if (other.type !== this.type && this.numeric) this.type = "numeric";
    this.count += other.count;
    this.missing += other.missing;
    this.infinite += other.infinite;
    this.moments.merge(other.moments);
    this.kll.merge(other.kll);
    this.frequent.merge(other.frequent);
  }

  toJSON(): ColumnProfile {
    const m = this.moments;
    const has = this.numeric && m.n > 0;
    const hll = this.frequent.hll;
    return {
      name: this.name,
      type: this.type,
      ...(this.missingValues && { missingValues: [...this.missingValues] }),
      count: this.count,
      missing: this.missing,
      infinite: this.infinite,
      min: has ? finite(m.min) : null,
      max: has ? finite(m.max) : null,
      mean: has ? finite(m.mean) : null,
      m2: has ? finite(m.m2) : null,
      variance: has ? finite(m.variance) : null,
      stddev: has ? finite(Math.sqrt(m.variance)) : null,
      distinct: {
        value: this.frequent.distinct,
        exact: hll === undefined,
        relativeError: hll === undefined ? 0 : hll.relativeError,
        hll: hll === undefined ? null : { precision: hll.precision, registers: hll.toBase64() },
      },
      frequent: this.frequent.tracked
        ? {
            exact: this.frequent.exact,
            maxError: this.frequent.maxError,
            items: this.frequent.items().map(([value, count]) => ({ value, count })),
          }
        : null,
      sketch: this.numeric ? this.sketchJson() : null,
      histogram: this.numeric && m.n > 0 ? this.histogram() : null,
    };
  }

  private sketchJson(): ColumnProfile["sketch"] {
    const state = this.kll.toState();
    const items = this.kll.weightedItems();
    return {
      method: "kll",
      k: state.k,
      n: state.n,
      rankError: this.kll.rankError,
      levels: state.levels,
      compactions: state.compactions,
      quantiles:
        state.n === 0 ? [] : SHOWN_QUANTILES.map((q) => ({ q, value: quantileOf(items, q) })),
    };
  }

  private histogram(): Histogram {
    const bins = this.settings.histogramBins;
    const { min, max } = this.moments;
    const { values, weights } = this.kll.weightedItems();
    if (min === max) return { edges: [min, max], counts: [this.count] };
    // A range past the largest double is measured in halves; any other as it is.
    const scale = rangeScale(min, max);
    const width = (max * scale - min * scale) / bins;
    const edges = equalWidthEdges(min, max, bins);
    const counts = new Array<number>(bins).fill(0);
    for (let i = 0; i < values.length; i++) {
      const offset = values[i]! * scale - min * scale;
      const bin = Math.min(bins - 1, Math.max(0, Math.floor(offset / width)));
      counts[bin]! += weights[i]!;
    }
    return { edges, counts };
  }

  /** Rebuilds the running state from a column's JSON profile, so that it can be merged. */
  static fromJSON(profile: ColumnProfile, settings: ProfileSettings): ColumnProfiler {
    const p = new ColumnProfiler(profile.name, profile.type, settings, profile.missingValues);
    p.count = profile.count;
    p.missing = profile.missing;
    p.infinite = profile.infinite;
    if (p.numeric && profile.count > 0) {
      p.moments.n = profile.count;
      // A part whose sums passed the largest double holds none: the merged ones are unknown too.
      p.moments.mean = profile.mean ?? Number.NaN;
      p.moments.m2 = profile.m2 ?? Number.POSITIVE_INFINITY;
      p.moments.min = profile.min ?? Number.POSITIVE_INFINITY;
      p.moments.max = profile.max ?? Number.NEGATIVE_INFINITY;
    }
    if (profile.sketch) {
      p.kll = KllSketch.fromState({
        k: profile.sketch.k,
        n: profile.sketch.n,
        levels: profile.sketch.levels,
        compactions: profile.sketch.compactions,
      });
    }
    const f = p.frequent;
    f.exact = profile.distinct.exact;
    if (profile.distinct.hll) {
      f.hll = HyperLogLog.fromBase64(
        profile.distinct.hll.precision,
        profile.distinct.hll.registers,
      );
    }
    f.tracked = profile.frequent !== null;
    f.maxError = profile.frequent?.maxError ?? 0;
    // A profile written before long texts stood in for themselves holds them whole.
    f.counts = new Map(
      (profile.frequent?.items ?? []).map((item) => [keptValue(item.value), item.count]),
    );
    return p;
  }
}
