import { formatNumber } from "../../engine/report/format-number.js";
import { KllSketch } from "../../engine/profile/kll-sketch.js";
import type { ColumnProfile, Profile } from "../../engine/profile/profile-types.js";
import {
  ABSENT_FIELD_NOTE,
  dateText,
  skippedCheck,
  type CheckLevel,
  type CheckResult,
} from "./check-result.js";
import {
  boundValue,
  isDated,
  type ContractField,
  type Range,
  type TableSchemaDescriptor,
  type ValueRange,
} from "./data-contract.js";

/** How a statistic's values and bounds are shown: numbers, or dates on a date field. */
type Shown = (value: number) => number | string;

export const rangeText = ({ min, max }: Range, shown: Shown = formatNumber): string =>
  min !== undefined && max !== undefined
    ? `between ${shown(min)} and ${shown(max)}`
    : min !== undefined
      ? `≥ ${shown(min)}`
      : `≤ ${shown(max!)}`;

const within = (value: number, { min, max }: Range) =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

/** Why a statistic fails that could not be computed: a dataset without rows, a column all missing. */
const NO_VALUES_NOTE = "not computed: the column has no values";

/** A check of one statistic against a range; a statistic that cannot be computed fails. */
export function statisticCheck(
  check: string,
  column: string | null,
  level: CheckLevel,
  range: Range,
  observed: number | null,
  note: string | null = null,
  shown?: Shown,
): CheckResult {
  return {
    id: column === null ? check : `${column}.${check}`,
    check,
    column,
    level,
    status: observed !== null && within(observed, range) ? "pass" : "fail",
    evaluated: null,
    failed: null,
    mostly: null,
    expected: rangeText(range, shown),
    observed: observed === null || shown === undefined ? observed : shown(observed),
    examples: [],
    note: note ?? (observed === null ? NO_VALUES_NOTE : null),
  };
}

function quantileOf(column: ColumnProfile | undefined, q: number): number | null {
  const sketch = column?.sketch ?? null;
  if (sketch === null || sketch.n === 0) return null;
  return KllSketch.fromState(sketch).quantile(q);
}

/**
 * The row count (at least one row unless `x-mlops.rows` says otherwise: a dataset without
 * rows is almost always a broken export) and each field's statistics, read from the profile:
 * missing ratio, mean, quantiles (from the KLL sketch, within its rank error) and distinct
 * count (exact up to the profile's `exactCap`, a HyperLogLog estimate past it).
 */
export function statisticChecks(
  descriptor: TableSchemaDescriptor,
  profile: Profile,
): CheckResult[] {
  const rows = descriptor["x-mlops"]?.rows ?? { min: 1 };
  const columns = new Map(profile.columns.map((column) => [column.name, column]));
  return [
    statisticCheck("rows", null, "dataset", rows, profile.rowCount),
    ...descriptor.fields.flatMap((field) => {
      const stats = field["x-mlops"];
      if (!stats) return [];
      const column = columns.get(field.name);
      const checks = fieldStatistics(field, stats, column, profile.rowCount);
      // A declared field the data lacks: its statistics are listed, as not run.
      return column ? checks : checks.map((check) => skippedCheck(check, ABSENT_FIELD_NOTE));
    }),
  ];
}

/** A mean's or quantile's range in the engine's numbers, dates as epoch milliseconds. */
const valueRange = ({ min, max }: ValueRange, type: ContractField["type"]): Range => ({
  ...(min !== undefined && { min: boundValue(min, type) }),
  ...(max !== undefined && { max: boundValue(max, type) }),
});

/** The statistics one field asks for, from its column's profile (none when the data lacks it). */
function fieldStatistics(
  field: ContractField,
  stats: NonNullable<ContractField["x-mlops"]>,
  column: ColumnProfile | undefined,
  rows: number,
): CheckResult[] {
  const { name, type } = field;
  // The mean and quantiles of dates are dates, shown as such.
  const shown = isDated(type) ? dateText : undefined;
  const checks: CheckResult[] = [];
  if (stats.maxMissingRatio !== undefined) {
    const ratio = rows === 0 || !column ? null : column.missing / rows;
    checks.push(
      statisticCheck("missingRatio", name, "column", { max: stats.maxMissingRatio }, ratio),
    );
  }
  if (stats.mean) {
    const range = valueRange(stats.mean, type);
    checks.push(statisticCheck("mean", name, "column", range, column?.mean ?? null, null, shown));
  }
  const rankError = column?.sketch?.rankError ?? 0;
  const sketched =
    rankError > 0
      ? `estimated from a quantile sketch, within ±${formatNumber(rankError)} in rank`
      : null;
  for (const { q, ...bounds } of stats.quantiles ?? []) {
    const range = valueRange(bounds, type);
    const observed = quantileOf(column, q);
    checks.push(statisticCheck(`quantile(${q})`, name, "column", range, observed, sketched, shown));
  }
  if (stats.distinct) {
    const distinct = column?.distinct;
    const note =
      distinct === undefined || distinct.exact
        ? null
        : `estimated by HyperLogLog, relative standard error ${formatNumber(distinct.relativeError)}`;
    checks.push(
      statisticCheck("distinct", name, "column", stats.distinct, distinct?.value ?? null, note),
    );
  }
  return checks;
}
