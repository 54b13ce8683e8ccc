/**
 * The examples a metric of one column of numbers (a latency, a cost, a per-example score) is
 * judged on: those both models have a value for. A value missing on one side alone would leave
 * the two statistics resting on different examples, which a paired comparison cannot compare;
 * a missing value is left out, never read as 0 nor as a failure (decision 0032).
 */
import type { DataError } from "../../engine/data/data-error.js";
import { firstMissingCell } from "../../engine/metrics/column-collectors.js";
import type { MetricDefinition, ModelData } from "../../engine/metrics/index.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { quoteName } from "../../engine/report/closest-name.js";

/** One column's values in both models, and which examples both have. */
interface Presence {
  readonly what: string;
  /** The gated metrics that read it, in the policy's order. */
  readonly metrics: Set<string>;
  readonly champion: Float64Array;
  readonly challenger: Float64Array;
  /** 1 where both models have a value; absent where every example has both. */
  readonly both?: Uint8Array;
  /** The examples where both have a value, with `both`. */
  readonly rows?: Uint32Array;
}

/** The column a metric of one column reads, keyed, and what it holds, in words. */
function columnOf(name: string, definition: MetricDefinition, data: ModelData) {
  if (definition.column === "latency")
    return { key: "latency", what: "a latency", values: data.latency };
  if (definition.column === "cost") return { key: "cost", what: "a cost", values: data.cost };
  // A per-example score's metric is `<column>_mean`.
  const column = name.slice(0, -"_mean".length);
  return {
    key: `score:${column}`,
    what: `a value of ${quoteName(column)}`,
    values: data.exampleScores.get(column),
  };
}

/** How a file given by its path is named, as errors name it. */
type Shown = (path: string) => string;

/** Where a file first lacks a value: its file and line (Parquet: its row). */
const placeOf = (cell: DataError, shown: Shown) =>
  `${shown(cell.file)}${cell.lineNumber === undefined ? ` row ${cell.rowIndex}` : `:${cell.lineNumber}`}`;

/** How many of `values` are missing, and where the file first lacks one. */
function lacking(values: Float64Array, shown: Shown) {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i]!)) count++;
  const cell = firstMissingCell(values);
  return { count, first: cell ? ` (first at ${placeOf(cell, shown)})` : "" };
}

/**
 * The examples each metric of a column is judged on, across all examples and every slice, and
 * the notes on the examples left out. A first model stands on both sides as the same data.
 */
export class MissingValues {
  private readonly columns = new Map<string, Presence>();

  constructor(
    private readonly data: { champion: ModelData; challenger: ModelData },
    private readonly shown: Shown,
  ) {}

  /** The examples of `rows` (all when undefined) that metric `name` is judged on. */
  within(name: string, definition: MetricDefinition, rows: Uint32Array | undefined) {
    if (definition.needs !== "column") return rows;
    const presence = this.presenceOf(name, definition);
    if (presence === undefined) return rows;
    presence.metrics.add(name);
    const { both } = presence;
    if (both === undefined) return rows;
    return rows === undefined ? presence.rows : rows.filter((i) => both[i] === 1);
  }

  private presenceOf(name: string, definition: MetricDefinition): Presence | undefined {
    const mine = columnOf(name, definition, this.data.champion);
    const known = this.columns.get(mine.key);
    if (known !== undefined) return known;
    const theirs = columnOf(name, definition, this.data.challenger).values;
    // A column a model lacks is refused or skipped with its metric, before any row is judged.
    if (mine.values === undefined || theirs === undefined) return undefined;
    const presence = bothPresent(mine.what, mine.values, theirs);
    this.columns.set(mine.key, presence);
    return presence;
  }

  /** A note for each column some examples lack, naming how many on which side. */
  notes(): string[] {
    return [...this.columns.values()].flatMap((presence) => {
      const { both, rows, metrics, champion, challenger } = presence;
      if (both === undefined || rows === undefined) return [];
      const names = [...metrics].join(", ");
      const verb = metrics.size === 1 ? "is" : "are";
      const total = groupDigits(both.length);
      if (champion === challenger) {
        const { count, first } = lacking(champion, this.shown);
        return [
          `${names} ${verb} judged on the ${groupDigits(rows.length)} of the ${total} examples that have ${presence.what}: ${groupDigits(count)} lack one${first}`,
        ];
      }
      const sides = (
        [
          ["challenger", lacking(challenger, this.shown)],
          ["champion", lacking(champion, this.shown)],
        ] as const
      )
        .filter(([, { count }]) => count > 0)
        .map(([side, { count, first }]) => `${groupDigits(count)} lack the ${side}'s${first}`);
      return [
        `${names} ${verb} judged on the ${groupDigits(rows.length)} of the ${total} paired examples that both models have ${presence.what} for: ${sides.join(", ")}`,
      ];
    });
  }
}

/** Which examples both columns have a value for; none marked where every example has both. */
function bothPresent(what: string, champion: Float64Array, challenger: Float64Array): Presence {
  const base = { what, metrics: new Set<string>(), champion, challenger };
  let present = 0;
  const both = new Uint8Array(champion.length);
  for (let i = 0; i < both.length; i++) {
    if (Number.isNaN(champion[i]!) || Number.isNaN(challenger[i]!)) continue;
    both[i] = 1;
    present++;
  }
  if (present === both.length) return base;
  const rows = new Uint32Array(present);
  for (let i = 0, j = 0; i < both.length; i++) if (both[i] === 1) rows[j++] = i;
  return { ...base, both, rows };
}
