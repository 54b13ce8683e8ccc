import { StatsInputError } from "./stats-input-error.js";

/** Counts per category: a plain object or a Map from category to count. */
export type CategoryCounts = Readonly<Record<string, number>> | ReadonlyMap<string, number>;

/**
 * Aligns two category-count tables on the union of their categories (reference's order first,
 * then categories new in current), as Evidently does before its categorical tests. Categories
 * whose count is zero on both sides are dropped: they carry no information and would be 0/0.
 */
export function alignCategories(
  reference: CategoryCounts,
  current: CategoryCounts,
): { categories: string[]; ref: Float64Array; cur: Float64Array } {
  const r = toMap("referenceCounts", reference);
  const c = toMap("currentCounts", current);
  // A Set keeps the union linear: a column of 100,000 distinct ids must not take minutes.
  const categories = [...new Set([...r.keys(), ...c.keys()])].filter(
    (key) => (r.get(key) ?? 0) > 0 || (c.get(key) ?? 0) > 0,
  );
  const ref = Float64Array.from(categories, (k) => r.get(k) ?? 0);
  const cur = Float64Array.from(categories, (k) => c.get(k) ?? 0);
  const total = (v: Float64Array) => v.reduce((s, x) => s + x, 0);
  if (total(ref) === 0) {
    throw new StatsInputError("referenceCounts", "has no observations", "pass at least one count");
  }
  if (total(cur) === 0) {
    throw new StatsInputError("currentCounts", "has no observations", "pass at least one count");
  }
  return { categories, ref, cur };
}

function toMap(argument: string, counts: CategoryCounts): Map<string, number> {
  if (counts === null || typeof counts !== "object") {
    throw new StatsInputError(argument, "is not a table of counts", "pass { category: count }");
  }
  const entries = counts instanceof Map ? [...counts.entries()] : Object.entries(counts);
  const out = new Map<string, number>();
  for (const [key, value] of entries) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new StatsInputError(
        argument,
        `count for '${key}' is ${String(value)}`,
        "pass finite, non-negative counts",
      );
    }
    out.set(key, value);
  }
  return out;
}
