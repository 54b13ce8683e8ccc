/**
 * How the two predictions files paired, and the row that fails the gate when too many examples
 * could not be paired: a challenger judged on a different test set is not comparable.
 */
import type { MetricRow, PairingCounts } from "../../engine/contracts/eval-report.js";
import type { PairingReport, SliceDisagreement } from "../../engine/metrics/index.js";
import { quoteName } from "../../engine/report/closest-name.js";
import { formatShare } from "../../engine/report/format-number.js";
import { counted } from "../../engine/report/counted.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { parseShare } from "../../engine/contracts/parse-share.js";

const named = (ids: readonly string[]) =>
  ids
    .slice(0, 3)
    .map((id) => JSON.stringify(id))
    .join(", ");

/**
 * Ids a file repeats: their rows pair with nothing, nor do the other file's rows of those ids
 * (which of the repeated rows would be meant is unknown).
 */
function repeats(
  side: "champion" | "challenger",
  ids: number,
  rows: number,
  examples: readonly string[],
  otherRows: number,
): string[] {
  if (rows === 0) return [];
  const other = side === "champion" ? "challenger" : "champion";
  const [its, it] = ids === 1 ? ["its", "it"] : ["their", "them"];
  const theirs = otherRows > 0 ? `, and the ${other}'s ${counted(otherRows, "row")} of ${it},` : "";
  return [
    `${counted(ids, "id")} repeated in the ${side} (${named(examples)}): ${its} ${counted(rows, "row")}${theirs} pair with nothing`,
  ];
}

/** What kept rows out of pairs, with a few of their ids. */
function problems(report: PairingReport): string {
  const absent = (n: number, noun: string, what: string, ids: readonly string[]) =>
    n > 0 ? [`${counted(n, noun)} ${what} (${named(ids)})`] : [];
  return [
    ...absent(
      report.championUnpaired - report.championPartnerRepeated,
      "champion row",
      "without a challenger row",
      report.examples.championUnpaired,
    ),
    ...absent(
      report.challengerUnpaired - report.challengerPartnerRepeated,
      "challenger row",
      "without a champion row",
      report.examples.challengerUnpaired,
    ),
    ...repeats(
      "champion",
      report.championRepeatedIds,
      report.championDuplicates,
      report.examples.championDuplicates,
      report.challengerPartnerRepeated,
    ),
    ...repeats(
      "challenger",
      report.challengerRepeatedIds,
      report.challengerDuplicates,
      report.examples.challengerDuplicates,
      report.championPartnerRepeated,
    ),
    ...absent(
      report.labelMismatches,
      "id",
      "whose two files give different labels",
      report.examples.labelMismatches,
    ),
  ].join("; ");
}

/**
 * The slice columns whose two files give some pairs different values, counted and named as
 * labels that differ are: a pair is sliced by the champion's value, which the note says.
 */
export const disagreementNotes = (disagreements: readonly SliceDisagreement[]): string[] =>
  disagreements.map(
    ({ column, pairs, examples }) =>
      `${counted(pairs, "paired example")} ${pairs === 1 ? "has" : "have"} a different ${quoteName(column)} in the two files (${named(examples)}): ${pairs === 1 ? "it is" : "they are"} sliced by the champion's value; write the same value in both files`,
  );

export function pairingRow(
  report: PairingReport,
  allowed: number | string,
): { counts: PairingCounts; row: MetricRow | undefined } {
  const counts: PairingCounts = {
    paired: report.paired,
    champion_unpaired: report.championUnpaired,
    challenger_unpaired: report.challengerUnpaired,
    champion_duplicates: report.championDuplicates,
    challenger_duplicates: report.challengerDuplicates,
    label_mismatches: report.labelMismatches,
  };
  // The examples, each id once whichever file holds it: an id missing from one file, repeated
  // or labelled differently is one example unpaired, as a user counting examples would count it.
  const left = report.ids - report.paired;
  if (left === 0) return { counts, row: undefined };
  const observed = left / report.ids;
  const limit = parseShare(allowed);
  // Nothing paired is never comparable, whatever share is allowed.
  const passed = observed <= limit && report.paired > 0;
  return {
    counts,
    row: {
      metric: "unpaired examples",
      slice: null,
      gated: true,
      direction: "lower",
      champion: null,
      challenger: observed,
      delta: null,
      relative_delta: null,
      rule: `at most ${formatShare(limit)} of the examples (max-unpaired)`,
      checks: [{ rule: "max", limit, passed }],
      status: passed ? "pass" : "fail",
      reason: `${formatShare(observed)} of the examples (${counted(left, "id")} of ${groupDigits(report.ids)} in either file) are not in a pair: ${problems(report)}${passed ? "" : `; the two files must hold predictions for the same examples${report.championDuplicates + report.challengerDuplicates > 0 ? ", each id once" : ""}`}`,
    },
  };
}
