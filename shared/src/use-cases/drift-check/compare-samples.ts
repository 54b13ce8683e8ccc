import { InputError } from "../../engine/errors.js";
import { counted } from "../../engine/report/counted.js";
import {
  chiSquareDrift,
  distinctOfBoth,
  jensenShannonDrift,
  ksTwoSampleOfWalk,
  psi,
  walkEcdfs,
  wassersteinNormedOfWalk,
  type SortedSample,
} from "../../engine/stats/index.js";
import { referenceQuantileBins, type WeightedSorted } from "../../engine/stats/index.js";
import type { ColumnSample, NumericSample, SampleRooms } from "./column-samples.js";
import { shownName, shownNames, shownValue } from "./column-name.js";
import { categoryShares, histogram } from "./distribution.js";
import {
  CATEGORICAL_DISTINCT,
  CATEGORICAL_METHODS,
  NUMERIC_METHODS,
  type ColumnKind,
  type DriftMethod,
} from "./drift-methods.js";
import { countScore, numberScore, seenCategories, tooFewValues } from "./method-scores.js";
import type { ColumnTests, Distribution } from "./drift-report.js";
import { reportedWasserstein } from "./wasserstein-past-largest.js";
import {
  countingIntegersNote,
  laterDateTextsNote,
  laterDatetimesNote,
  untestedCategoriesNote,
} from "./id-like.js";

/** One column's comparison, before thresholds and corrections decide. */
export interface ColumnComparison {
  readonly name: string;
  readonly type: ColumnSample["type"];
  readonly kind: ColumnKind;
  readonly method: DriftMethod;
  readonly nReference: number;
  readonly nCurrent: number;
  readonly missingReference: number;
  readonly missingCurrent: number;
  readonly distinctReference: number;
  readonly tests: ColumnTests;
  readonly distribution: Distribution | null;
  /** Why the column could not be tested (no values on one side, id-like), or what to know. */
  readonly note: string | null;
  /** The current data lacks the column (no such header field or profile column). */
  readonly absent?: boolean;
  /** Not tested: the profiles' frequent-value summaries hold too little of its values. */
  readonly unsettled?: boolean;
  /**
   * The normed Wasserstein distance of a column judged by it whose test the report leaves out,
   * its distance passing the largest double (`reportedWasserstein`): the column's score, or
   * Infinity, past any threshold; its note says why.
   */
  readonly leftOutNormed?: number;
}

/** A column's method, and a note when it is not the one asked for. */
export interface PickedMethod {
  readonly method: DriftMethod;
  readonly note: string | null;
  /** The column's own method was named (`{user_id: jensen_shannon}`): it is tested as asked. */
  readonly named?: boolean;
}

/**
 * Which method a column gets, from its kind, whether it holds numbers, and how many categories
 * (or distinct values) its two sides show together, Infinity for a numeric column.
 */
export type MethodPicker = (
  column: string,
  kind: ColumnKind,
  numbers: boolean,
  categories: number,
) => PickedMethod;

export function refuseMethod(column: string, method: DriftMethod, type: string): never {
  throw new InputError(
    "method",
    `${method} compares numbers, and column '${shownName(column)}' is ${type}`,
    "Use chi2, jensen_shannon, hellinger, kl_div, g_test, tvd or z for this column",
  );
}

/** A categorical-only method on a column compared by its numbers is refused. */
export function refuseOnNumbers(column: string, method: DriftMethod, kind: ColumnKind): void {
  if (kind !== "numeric" || !CATEGORICAL_METHODS.includes(method)) return;
  throw new InputError(
    "method",
    `${method} compares categories, and column '${shownName(column)}' is numeric (more than ${CATEGORICAL_DISTINCT} distinct values)`,
    "Use ks, wasserstein, psi, energy, mannw, anderson, cramer_von_mises, chi2, jensen_shannon, hellinger or kl_div for this column",
  );
}

/**
 * Whether a column of numbers is compared by its counts per value (or per quantile bin): when
 * it is categorical, for chi2 and jensen_shannon always, and for kl_div over at most
 * BIN_DISTINCT distinct values, as Evidently's `get_binned_data` does.
 */
const countsNumbers = (kind: ColumnKind, method: DriftMethod, distinct: number): boolean =>
  kind === "categorical" ||
  method === "chi2" ||
  method === "jensen_shannon" ||
  (method === "kl_div" && distinct <= BIN_DISTINCT);

/** Notes joined, the reason a column was not tested first. */
export const joinNotes = (...notes: (string | null)[]): string | null =>
  notes.filter((n) => n !== null).join("; ") || null;

/** Counts per distinct value of sorted numbers, the values written as text. */
function countsOfSorted(sorted: Float64Array): Map<string, number> {
  const counts = new Map<string, number>();
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    counts.set(String(sorted[i]), j - i);
    i = j;
  }
  return counts;
}

/** Past this many distinct reference values, numbers compared as categories are binned (as Evidently does). */
export const BIN_DISTINCT = 20;

/**
 * Numbers as categories for chi-square and Jensen-Shannon: a category per value up to
 * BIN_DISTINCT distinct reference values, as Evidently counts them; past that, a category per
 * value would make every value of a continuous column its own category (and chi-square flag
 * any new value), so the values are binned: Sturges' number of bins for the reference's size,
 * cut at the reference's quantiles (`referenceQuantileBins`). Evidently's own Jensen-Shannon
 * bins cut equal widths over both samples instead; reference quantiles are used for both tests
 * here because they leave no bin empty in the reference, which chi-square needs.
 */
function numberCategories(ref: Float64Array, cur: Float64Array, distinct: number) {
  if (distinct <= BIN_DISTINCT) {
    return { ref: countsOfSorted(ref), cur: countsOfSorted(cur), binned: null };
  }
  return binnedCounts({ values: ref }, { values: cur }, ref.length);
}

/**
 * Counts per bin of two sorted samples (weighted, from sketches, or not), labelled by interval:
 * Sturges' number of bins for `referenceCount` values, cut at the reference's quantiles.
 */
export function binnedCounts(ref: WeightedSorted, cur: WeightedSorted, referenceCount: number) {
  const bins = Math.ceil(Math.log2(referenceCount) + 1);
  const binned = referenceQuantileBins(ref, cur, bins);
  const labels = Array.from(binned.reference, (_, k) => binLabel(binned.edges, k));
  const counts = (values: Float64Array) =>
    new Map(labels.map((label, k) => [label, values[k]!] as const));
  return {
    ref: counts(binned.reference),
    cur: counts(binned.current),
    binned: `numbers binned for chi2 and jensen_shannon: ${labels.length} bins cut at the reference's quantiles`,
  };
}

/** A bin's interval as text, in full precision so that two bins never share a label. */
function binLabel(edges: readonly number[], k: number): string {
  if (edges.length === 0) return "all values";
  if (k === 0) return `<= ${String(edges[0])}`;
  if (k === edges.length) return `> ${String(edges[k - 1])}`;
  return `(${String(edges[k - 1])}, ${String(edges[k])}]`;
}

/** The most new categories a report keeps; `new_category_count` counts them all. */
export const NEW_CATEGORIES_KEPT = 20;

/**
 * The new categories the report keeps: the NEW_CATEGORIES_KEPT most frequent in current (ties
 * in the order found), each shortened. A column of prose can have thousands, each a whole text.
 */
function keptNewCategories(found: string[], current: ReadonlyMap<string, number>): string[] {
  const count = (category: string) => current.get(category) ?? 0;
  return found
    .sort((a, b) => count(b) - count(a))
    .slice(0, NEW_CATEGORIES_KEPT)
    .map(shownValue);
}

export function categoricalTests(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): Pick<ColumnTests, "chi2" | "jensen_shannon"> {
  const chi2 = chiSquareDrift(reference, current);
  const js = jensenShannonDrift(reference, current);
  return {
    chi2: {
      statistic: chi2.statistic,
      p_value: chi2.pValue,
      dof: chi2.dof,
      new_categories: keptNewCategories(chi2.newCategories, current),
      new_category_count: chi2.newCategories.length,
    },
    jensen_shannon: { distance: js.distance, base: "e" as const },
  };
}

/**
 * Why chi2's or g_test's p-value is 0 beside a modest statistic: categories the reference never
 * had, under which scipy's statistic is infinite; the one reported sums the other categories.
 * Both tests align the same categories, so chi2's list holds for g_test. Null for other methods,
 * whose scores take a new category as any other.
 */
function newCategoriesNote(method: DriftMethod, tests: ColumnTests): string | null {
  const found = tests.chi2;
  if ((method !== "chi2" && method !== "g_test") || !found?.new_category_count) return null;
  // A sensitive column's are counted, not named (`withheldComparison`).
  const listed =
    found.new_categories.length === 0
      ? `${counted(found.new_category_count, "category", "categories")} of the current data, their names withheld as sensitive`
      : shownNames(found.new_categories, "'", found.new_category_count);
  // Without parentheses or semicolons: the summary shows notes in parentheses, joined by "; ".
  return `p-value 0, as the reference never had ${listed}: scipy's statistic is then infinite, and the one shown sums the other categories`;
}

/** A comparison with `newCategoriesNote` added to its note, in check and compare mode alike. */
export const withNewCategoriesNote = (c: ColumnComparison): ColumnComparison => {
  const note = newCategoriesNote(c.method, c.tests);
  return note === null ? c : { ...c, note: joinNotes(c.note, note) };
};

type Sides = Pick<ColumnComparison, "name" | "type" | "missingReference" | "missingCurrent">;

/**
 * KS and normed Wasserstein from one walk of both sorted samples' ECDFs, which the energy
 * distance reads too; Wasserstein left out where its numbers pass the largest double
 * (`reportedWasserstein`).
 */
function walkTests(ref: SortedSample, cur: SortedSample, method: DriftMethod) {
  const walk = walkEcdfs(ref, cur);
  const ks = ksTwoSampleOfWalk(walk);
  const w = wassersteinNormedOfWalk(walk, ref);
  const wasserstein = reportedWasserstein({ distance: w.distance, normed: w.normed }, method);
  const tests: ColumnTests = {
    ks: { statistic: ks.statistic, p_value: ks.pValue, method: ks.method },
    ...(wasserstein.test && { wasserstein: wasserstein.test }),
  };
  return { walk, tests, wasserstein };
}

/**
 * Numbers get KS and normed Wasserstein always (each sample sorted once, shared by both), PSI
 * when it is the method; numbers with few distinct values, or compared with a categorical
 * method, get chi-square and Jensen-Shannon over their values too.
 */
function compareNumbers(
  sides: Sides,
  reference: NumericSample,
  current: NumericSample,
  pick: MethodPicker,
  rooms: SampleRooms,
): ColumnComparison {
  const ref = reference.sorted(rooms.reference);
  const cur = current.sorted(rooms.current);
  const distinct = reference.distinct;
  const kind: ColumnKind =
    reference.type === "boolean" || distinct <= CATEGORICAL_DISTINCT ? "categorical" : "numeric";
  const categories = kind === "categorical" ? distinctOfBoth(ref, cur) : Infinity;
  const { method, note } = pick(sides.name, kind, true, categories);
  refuseOnNumbers(sides.name, method, kind);
  const { walk, tests, wasserstein } = walkTests(ref, cur, method);
  // Counting values as categories is only paid for when the column is compared as categories.
  const counts = countsNumbers(kind, method, distinct)
    ? numberCategories(ref, cur, distinct)
    : undefined;
  if (counts) {
    Object.assign(tests, categoricalTests(counts.ref, counts.cur));
    Object.assign(tests, countScore(sides.name, method, counts.ref, counts.cur));
  }
  Object.assign(tests, numberScore(method, ref, cur, walk, counts === undefined));
  if (method === "psi") {
    const p = psi(ref, cur);
    tests.psi = { value: p.psi, bins: p.bins, binning: p.binning };
  }
  const comparison: ColumnComparison = {
    ...sides,
    kind,
    method,
    nReference: ref.length,
    nCurrent: cur.length,
    distinctReference: distinct,
    tests,
    distribution:
      kind === "categorical" && counts
        ? categoryShares(counts.ref, counts.cur)
        : histogram({ values: ref }, { values: cur }),
    note: joinNotes(
      tooFewValues(method, ref.length, cur.length),
      counts?.binned ?? null,
      countingIntegersNote(reference.type, ref.length, { value: distinct, exact: true }),
      laterDatetimesNote(
        reference.type,
        { first: ref[0]!, last: ref[ref.length - 1]! },
        { values: cur },
      ),
      wasserstein.note,
      note,
    ),
    ...(wasserstein.leftOutNormed !== undefined && { leftOutNormed: wasserstein.leftOutNormed }),
  };
  return comparison;
}

/** Categories (or numbers on one side only) get chi-square and Jensen-Shannon over counts. */
function compareCategories(
  sides: Sides,
  reference: ColumnSample,
  current: ColumnSample,
  pick: MethodPicker,
): ColumnComparison {
  const counts = (sample: ColumnSample) =>
    sample.numeric ? countsOfSorted(sample.sorted()) : sample.counts;
  const refCounts = counts(reference);
  const curCounts = counts(current);
  const categories = seenCategories(refCounts, curCounts).length;
  const { method, note, named = false } = pick(sides.name, "categorical", false, categories);
  if (NUMERIC_METHODS.includes(method)) refuseMethod(sides.name, method, reference.type);
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const nReference = total(refCounts);
  const nCurrent = total(curCounts);
  const empty = nReference === 0 ? "reference" : nCurrent === 0 ? "current" : null;
  const untested = empty
    ? `no values in the ${empty} data`
    : untestedCategoriesNote({
        name: sides.name,
        values: nReference,
        distinct: { value: refCounts.size, exact: true },
        kept: refCounts.keys(),
        named,
      });
  return {
    ...sides,
    kind: "categorical",
    method,
    nReference,
    nCurrent,
    distinctReference: refCounts.size,
    tests: untested
      ? {}
      : {
          ...categoricalTests(refCounts, curCounts),
          ...countScore(sides.name, method, refCounts, curCounts),
        },
    distribution: untested ? null : categoryShares(refCounts, curCounts),
    note: joinNotes(untested ?? laterDateTextsNote(refCounts, curCounts), note),
  };
}

/**
 * Runs the tests on one column read whole: as numbers when both sides hold numbers, sorted into
 * `rooms`.
 */
export function compareSamples(
  name: string,
  reference: ColumnSample,
  current: ColumnSample,
  pick: MethodPicker,
  rooms: SampleRooms,
): ColumnComparison {
  const sides: Sides = {
    name,
    type: reference.type,
    missingReference: reference.missing,
    missingCurrent: current.missing,
  };
  if (!reference.numeric || !current.numeric) {
    return compareCategories(sides, reference, current, pick);
  }
  const empty = reference.count === 0 ? "reference" : current.count === 0 ? "current" : null;
  if (!empty) return compareNumbers(sides, reference, current, pick, rooms);
  return {
    ...sides,
    kind: "numeric",
    method: pick(name, "numeric", true, Infinity).method,
    nReference: reference.count,
    nCurrent: current.count,
    distinctReference: 0,
    tests: {},
    distribution: null,
    note: `no values in the ${empty} data`,
  };
}
