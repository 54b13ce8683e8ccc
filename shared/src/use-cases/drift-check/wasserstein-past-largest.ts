import type { DriftMethod } from "./drift-methods.js";
import type { ColumnTests } from "./drift-report.js";

type WassersteinTest = NonNullable<ColumnTests["wasserstein"]>;

/** What each of the test's numbers is, for the note on the first one that passes. */
const NAMES: Readonly<Record<keyof WassersteinTest, string>> = {
  distance: "the Wasserstein distance",
  normed: "the normed Wasserstein distance",
  error_bound: "the Wasserstein distance's error bound",
  normed_error_bound: "the normed Wasserstein distance's error bound",
};

/** What to do where values that large stand for no value, as some exports write them. */
const PLACEHOLDERS =
  "if values that large are placeholders for no value (such as ±1e308), list them in missing-values";

/**
 * The Wasserstein test of a column as the report holds it. Its numbers pass the largest double
 * (about 1.8e308) only where the values lie near both ends of the doubles, far apart in the
 * two samples, or are normed by a tiny spread: the report holds finite numbers alone (JSON has
 * no Infinity), so such a test is left out, with a note, as a test that could not run is. A
 * column judged by it is still judged by its normed distance (`leftOutNormed`): where only the
 * distance passes, the normed one is its score; where the normed distance passes too, it is
 * past any threshold. Where a bound passes, or the normed distance has one (from sketches) that
 * the report could not show beside it, the column is left untested.
 */
export function reportedWasserstein(
  test: WassersteinTest,
  method: DriftMethod,
): { test: WassersteinTest | undefined; note: string | null; leftOutNormed?: number } {
  const passing = (Object.keys(NAMES) as (keyof WassersteinTest)[]).find(
    (key) => test[key] !== undefined && !Number.isFinite(test[key]),
  );
  if (passing === undefined) return { test, note: null };
  const scored = Number.isFinite(test.normed);
  const judged =
    method === "wasserstein" &&
    (passing === "distance" || passing === "normed") &&
    !(scored && (test.normed_error_bound ?? 0) > 0);
  const verdict = judged
    ? scored
      ? ", and the column is judged by its normed distance, which the report holds as its score"
      : ", and the column drifts, its normed distance passing it too, past any threshold"
    : method === "wasserstein"
      ? ", and the column is not tested"
      : "";
  return {
    test: undefined,
    note: `${NAMES[passing]} passes the largest double, about 1.8e308, which the report cannot hold: the test is left out${verdict}, and ${PLACEHOLDERS}`,
    ...(judged && { leftOutNormed: test.normed }),
  };
}

/**
 * Why a column compared from profiles has no Wasserstein test where the reference profile holds
 * no standard deviation (its variance passed the largest double, as a spread past about 1.3e154
 * makes it) and only a sketch of its values, from which none can be had; a column judged by it
 * is not tested.
 */
export function unknownSpreadNote(method: DriftMethod): string {
  const untested =
    method === "wasserstein"
      ? ", and the column is not tested: compare the data itself, in check mode, to test it"
      : "";
  return `the reference profile holds no standard deviation to norm the Wasserstein distance by, its variance having passed the largest double, about 1.8e308 (as values more than about 1.3e154 apart make it), and its sketch cannot give one: the test is left out${untested}, and ${PLACEHOLDERS}`;
}
