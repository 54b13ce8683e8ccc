import type { MetricRow } from "../../engine/contracts/eval-report.js";
import { counted } from "../../engine/report/counted.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import { shorten } from "../../engine/report/shorten.js";

/**
 * A metric name as code, where `recall@10` is copied exactly and makes no mention or link; a
 * name of thousands of characters is cut, so that it cannot crowd the other metrics out.
 */
export const metricName = (row: MetricRow, options = {}) => codeSpan(shorten(row.metric), options);

/** Whether a row has a reason the comment gives: one that did not pass, and says why. */
export const explained = (row: MetricRow): boolean => row.reason !== null && row.status !== "pass";

/**
 * The reason of a row judged on too few examples, as the evidence words it ("only 17 positive
 * examples, fewer than the 30 min-samples; counted as inconclusive (on-insufficient)"), with
 * the min-samples it was held to.
 */
const SHORT_OF_SAMPLES =
  /, fewer than the ([\d,]+) min-samples; counted as \w+ \(on-insufficient\)$/;

/**
 * What makes rows short of min-samples judged, said once under their reasons, not on each: in
 * slices, a lower `slices.min-samples` or no slices for the metric; anywhere, more examples, or
 * `on-insufficient: pass`, which passes every such row unjudged, the rows on all examples too.
 */
function shortOfSamples(rows: readonly MetricRow[]): string[] {
  const short = rows.map((row) => [row, SHORT_OF_SAMPLES.exec(row.reason ?? "")] as const);
  return [true, false].flatMap((sliced) => {
    const found = short.filter(([row, match]) => match && (row.slice !== null) === sliced);
    if (found.length === 0) return [];
    const one = found.length === 1;
    const these = one
      ? `the ${sliced ? "slice " : ""}row above that has`
      : `the ${counted(found.length, sliced ? "slice row" : "row")} above that have`;
    const fixes = sliced
      ? "lower `slices.min-samples`, or set `slices: false` under a metric to judge it on all examples only"
      : "more examples, or a lower `min-samples`";
    return [
      `- To judge ${these} fewer than the ${found[0]![1]![1]} min-samples: ${fixes}; \`on-insufficient: pass\` would pass ${one ? "it" : "them"} unjudged instead (and every other row short of examples).`,
    ];
  });
}

/**
 * One bullet per row that did not pass, saying why: its metric, its slice and its status; then,
 * once for all the rows short of min-samples, the policy keys that would have them judged.
 */
export const reasonLines = (rows: readonly MetricRow[]): string[] => {
  const shown = rows.filter(explained);
  return [
    ...shown.map(
      (row) =>
        `- ${metricName(row)}${row.slice === null ? "" : ` in ${codeSpan(shorten(row.slice))}`} (${row.status}): ${sanitizeMarkdown(row.reason ?? "")}`,
    ),
    ...shortOfSamples(shown),
  ];
};
