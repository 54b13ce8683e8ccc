import { formatNumber } from "../../engine/report/format-number.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import {
  codeSpan,
  sanitizeMarkdown,
  sanitizeMermaidLabel,
} from "../../engine/report/sanitize-markdown.js";
import type { CanaryReport } from "./canary-report.js";
import { summaryText } from "./judge-look.js";

type Step = CanaryReport["steps"][number];
type Metric = Step["looks"][number]["metrics"][number];

const HEADLINE: Readonly<Record<CanaryReport["outcome"], string>> = {
  promoted: "✅ canary promoted",
  "rolled-back": "❌ canary rolled back",
  inconclusive: "⚠️ canary inconclusive",
};

const VERDICT: Readonly<Record<Step["verdict"], string>> = {
  pass: "✅ pass",
  fail: "❌ fail",
  hold: "⏸ hold",
  "not-judged": "not judged",
};

/**
 * The share of an interval's width under which a number is written 0: formatNumber gives six
 * significant digits, so a millionth of the width lies past the last digit that tells its ends.
 */
const NEGLIGIBLE = 1e-6;

/** The most significant digits that can tell two doubles apart. */
const MOST_DIGITS = 17;

/** `value` with `digits` significant digits, in the form formatNumber gives it. */
function withDigits(value: number, digits: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(digits - 1);
  return String(Number(value.toPrecision(digits)));
}

/**
 * An interval's ends as `shown` writes them, or, where it writes two that differ alike (at
 * totals so large that the interval is narrower than six digits show), with the fewest more
 * significant digits that tell them apart.
 */
function endsText(lower: number, upper: number, shown: (x: number) => string): string {
  let ends = [shown(lower), shown(upper)];
  for (let digits = 7; ends[0] === ends[1] && lower !== upper && digits <= MOST_DIGITS; digits++) {
    ends = [withDigits(lower, digits), withDigits(upper, digits)];
  }
  return `[${ends.join(", ")}]`;
}

/**
 * The difference and its interval. A number under a millionth of the interval's width is
 * written 0, not as the noise it is (4.1e-307 for 0); where the interval has no width (its
 * standard error underflows at totals near 1e308), under a millionth of the difference, or of
 * 1 where that is 0, as the reason's text writes such an interval (0.000 to 0.000).
 */
function deltaText(m: Metric): string {
  if (m.delta === null) return "";
  const points = m.method === "two-proportion" ? 100 : 1;
  const unit = points === 100 ? " pts" : "";
  const delta = m.delta * points;
  if (!m.interval) return `${formatNumber(delta)}${unit}`;
  const [lower, upper] = [m.interval.lower * points, m.interval.upper * points];
  // Halved before the difference, which for ends near ±1.8e308 would pass the largest double.
  const halfWidth = upper / 2 - lower / 2;
  const least = halfWidth > 0 ? 2 * NEGLIGIBLE * halfWidth : NEGLIGIBLE * (Math.abs(delta) || 1);
  const shown = (x: number) => (Math.abs(x) < least ? "0" : formatNumber(x));
  return `${shown(delta)}${unit} ${endsText(lower, upper, shown)}`;
}

/** Each metric at a step's last look: both variants, the difference and why. */
function stepTable(step: Step): string {
  const look = step.looks[step.looks.length - 1];
  if (!look) return "";
  return markdownTable(
    ["metric", "baseline", "canary", "canary − baseline [interval]", "verdict", "why"],
    look.metrics.map((m) => [
      codeSpan(m.metric, { inTable: true }),
      summaryText(m.baseline),
      summaryText(m.canary),
      deltaText(m),
      VERDICT[m.verdict],
      sanitizeMarkdown(m.reason).replace(/\|/g, "\\|"),
    ]),
    ["left", "right", "right", "right", "left", "left"],
  );
}

/**
 * The medians of the first time-series metric at each step's last look, for both variants: a
 * Mermaid chart that shows where the canary drifted away from its baseline.
 */
function latencyChart(report: CanaryReport): string {
  const judged = report.steps.filter((s) => s.looks.length > 0);
  const last = (s: Step) => s.looks[s.looks.length - 1]!.metrics;
  const name = judged
    .flatMap(last)
    .find(
      (m) => m.method === "mann-whitney" || (m.baseline !== null && "median" in m.baseline),
    )?.metric;
  if (name === undefined) return "";
  const median = (s: Step, side: "baseline" | "canary") => {
    const v = last(s).find((m) => m.metric === name)?.[side];
    return v && "median" in v ? Number(v.median.toPrecision(6)) : null;
  };
  const lines = (["baseline", "canary"] as const).map((side) => judged.map((s) => median(s, side)));
  // A step without data for a variant has no point, and a chart cannot leave a gap: no chart
  // rather than one that draws no data as zero.
  if (lines.some((line) => line.includes(null))) return "";
  const label = sanitizeMermaidLabel(name);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${label}: median per step (first line baseline, second canary)"`,
    `  x-axis "canary weight %" [${judged.map((s) => s.weight).join(", ")}]`,
    `  y-axis "${label}"`,
    ...lines.map((line) => `  line [${line.join(", ")}]`),
    "```",
  ].join("\n");
}

/** The job summary: the outcome and why, the steps, each step's metrics, and the chart. */
export function renderSummary(report: CanaryReport): string {
  const steps = markdownTable(
    ["step", "weight", "looks", "verdict"],
    report.steps.map((s) => [
      String(s.step),
      `${s.weight}%`,
      String(s.looks.length),
      VERDICT[s.verdict],
    ]),
    ["right", "right", "right", "left"],
  );
  const sections = report.steps
    .filter((s) => s.looks.length > 0)
    .map((s) => `#### Step ${s.step} at ${s.weight}%\n\n${stepTable(s)}`);
  const agreement = report.steps
    .flatMap((s) => s.looks)
    .map((l) => l.agreement)
    .filter((a) => a !== null)
    .at(-1);
  return [
    `### ${HEADLINE[report.outcome]} (final weight ${report.final_weight}%)`,
    sanitizeMarkdown(report.reason),
    `Environment ${codeSpan(report.environment)}; metrics from ${sanitizeMarkdown(report.source)}; traffic by ${sanitizeMarkdown(report.traffic)}; each look at ${formatNumber(report.policy.look_confidence * 100)}% confidence (${formatNumber(report.policy.confidence * 100)}% over ${report.policy.looks_planned} planned looks), ${report.policy.correction} across metrics.`,
    ...(agreement
      ? [
          `The two variants agreed on ${formatNumber(agreement.rate * 100)}% of ${agreement.compared} requests both answered.`,
        ]
      : []),
    steps,
    latencyChart(report),
    ...sections,
  ]
    .filter((part) => part !== "")
    .join("\n\n");
}
