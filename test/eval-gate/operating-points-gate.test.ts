/**
 * eval-gate judging a binary classifier at an operating point on per-example predictions:
 * recall at a fixed precision, precision at a fixed recall, recall at a fixed alert rate. Each
 * model's threshold is picked from its own scores, on all examples and in each slice, the change
 * judged on the paired bootstrap that picks it again in every resample, resting on the positive
 * examples; and as a plain name in metrics files.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

const EXAMPLES = 2000;

/**
 * Transactions, a tenth of them frauds, scored by two models: `lift` x label plus (1 - lift) x
 * a uniform draw, to 3 decimals, so that scores tie. The weaker model (lift 0.3) scores only its
 * top frauds above every legitimate transaction; the stronger (lift 0.45), about four in five.
 * Even examples are of region `eu`, odd ones of `us`.
 */
function transactions() {
  const random = seededRandom(42);
  const labels = Array.from({ length: EXAMPLES }, () => (random() < 0.1 ? 1 : 0));
  const score = (lift: number) =>
    labels.map((label) => Number((lift * label + (1 - lift) * random()).toFixed(3)));
  return { labels, weaker: score(0.3), stronger: score(0.45) };
}

const { labels, weaker, stronger } = transactions();
const regionOf = (i: number) => (i % 2 === 0 ? "eu" : "us");

/**
 * The reference, by brute force over `rows`: for each distinct score as a threshold, the
 * precision and recall of flagging every row scored at or above it, and the best `measure`
 * among the thresholds where the other reaches `percent`% (0 where none does).
 */
function atOperatingPoint(
  scores: readonly number[],
  measure: "recall" | "precision",
  percent: number,
  region?: string,
) {
  const rows = [...scores.keys()].filter((i) => region === undefined || regionOf(i) === region);
  const positives = rows.filter((i) => labels[i] === 1).length;
  let best = 0;
  for (const threshold of new Set(rows.map((i) => scores[i]!))) {
    const flagged = rows.filter((i) => scores[i]! >= threshold);
    const caught = flagged.filter((i) => labels[i] === 1).length;
    const [precision, recall] = [caught / flagged.length, caught / positives];
    const [held, value] = measure === "recall" ? [precision, recall] : [recall, precision];
    if (held * 100 >= percent - 1e-9) best = Math.max(best, value);
  }
  return best;
}

/**
 * The reference recall at an alert rate, by brute force over `rows`: for each distinct score as
 * a threshold, the share of the rows scored at or above it; the best recall among the thresholds
 * that flag at most `percent`% of them (0 where none does).
 */
function atAlertRate(scores: readonly number[], percent: number, region?: string) {
  const rows = [...scores.keys()].filter((i) => region === undefined || regionOf(i) === region);
  const positives = rows.filter((i) => labels[i] === 1).length;
  let best = 0;
  for (const threshold of new Set(rows.map((i) => scores[i]!))) {
    const flagged = rows.filter((i) => scores[i]! >= threshold);
    const caught = flagged.filter((i) => labels[i] === 1).length;
    if (flagged.length * 100 <= percent * rows.length + 1e-9)
      best = Math.max(best, caught / positives);
  }
  return best;
}

/** A predictions file of `scores`, each label written as `named` names it (1 and 0 as they are). */
const predictionsFile = (scores: readonly number[], named: (label: number) => string = String) =>
  `id,label,score,region\n${scores.map((s, i) => `tx${i},${named(labels[i]!)},${s},${regionOf(i)}`).join("\n")}\n`;

/**
 * Gates `challenger`'s scores against `champion`'s (none for a first model) under `metrics`,
 * the labels written as `named` names them.
 */
async function gate(
  challenger: readonly number[],
  champion: readonly number[] | undefined,
  metrics: string,
  named?: (label: number) => string,
) {
  const { dir, write } = tempDir();
  write("challenger.csv", predictionsFile(challenger, named));
  if (champion) write("champion.csv", predictionsFile(champion, named));
  write(
    "policy.yml",
    `schema: mlops.gate-policy/v1\nresamples: 2000\nseed: 7\nslices:\n  by: [region]\nmetrics:\n${metrics}`,
  );
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--policy", "policy.yml"],
      ...(champion ? ["--champion", "champion.csv"] : []),
      ...["--report-path", "report.json", "--comment-path", "comment.md", "--comment", "never"],
    ],
    dir,
  );
  const path = join(dir, "report.json");
  const report = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as EvalReport)
    : undefined;
  const comment = existsSync(join(dir, "comment.md"))
    ? readFileSync(join(dir, "comment.md"), "utf8")
    : "";
  return { ...run, report, comment };
}

/** The report's gated rows of a metric, by slice (`all` for all examples). */
const rowsOf = (report: EvalReport, metric: string) =>
  new Map(
    report.rows
      .filter((row): row is MetricRow => row.metric === metric && row.gated)
      .map((row) => [row.slice ?? "all", row]),
  );

const POLICY =
  "  recall_at_precision_90: { direction: higher, max-regression: 0.02 }\n" +
  "  precision_at_recall_80: { direction: higher, max-regression: 0.02 }\n";

/** The positive examples of a region, or of all, that the rows rest on. */
const positivesIn = (region?: string) =>
  labels.filter((label, i) => label === 1 && (region === undefined || regionOf(i) === region))
    .length;

/**
 * The rows of an operating point, on all examples and in each region: each model's value that
 * of a scan of the curve, judged on the paired bootstrap, resting on the region's frauds.
 */
function expectRowsAtOperatingPoint(
  report: EvalReport,
  metric: string,
  measure: "recall" | "precision",
  percent: number,
): Map<string, MetricRow> {
  const rows = rowsOf(report, metric);
  expect([...rows.keys()]).toEqual(["all", "region=eu", "region=us"]);
  for (const [slice, row] of rows) {
    const region = slice === "all" ? undefined : slice.slice("region=".length);
    // Ratios of counts of examples: the same doubles but for the last bit, within 1e-12.
    expect(row.champion).toBeCloseTo(atOperatingPoint(weaker, measure, percent, region), 12);
    expect(row.challenger).toBeCloseTo(atOperatingPoint(stronger, measure, percent, region), 12);
    expect(row.evidence).toMatchObject({
      method: "bootstrap",
      resamples: 2000,
      n: region === undefined ? EXAMPLES : EXAMPLES / 2,
      support: { count: positivesIn(region), of: "positive examples" },
    });
  }
  return rows;
}

describe("eval-gate on recall at 90% precision and precision at 80% recall, sliced by region", () => {
  it("passes a stronger challenger on all examples and in each region, on the paired bootstrap", async () => {
    const { code, report, comment } = await gate(stronger, weaker, POLICY);
    expect(code).toBe(0);
    expect(report!.verdict).toBe("pass");
    for (const [metric, measure, percent] of [
      ["recall_at_precision_90", "recall", 90],
      ["precision_at_recall_80", "precision", 80],
    ] as const) {
      for (const row of expectRowsAtOperatingPoint(report!, metric, measure, percent).values()) {
        expect(row.evidence!.interval!.lower).toBeGreaterThan(0);
        expect(row.status).toBe("pass");
      }
    }
    // The weaker model catches fewer than half the frauds at 90% precision, the stronger most.
    const all = rowsOf(report!, "recall_at_precision_90").get("all")!;
    expect(all.champion).toBeLessThan(0.6);
    expect(all.challenger).toBeGreaterThan(0.75);
    expect(comment).toContain("recall_at_precision_90");
    expect(comment).toContain("precision_at_recall_80");
  });

  it("fails a weaker challenger, naming the metric and each region it fails in", async () => {
    const { code, report } = await gate(weaker, stronger, POLICY);
    expect(code).toBe(1);
    expect(report!.verdict).toBe("fail");
    const rows = rowsOf(report!, "recall_at_precision_90");
    for (const row of rows.values()) {
      expect(row.delta).toBeLessThan(-0.2);
      expect(row.evidence!.interval!.upper).toBeLessThan(-0.02);
      expect(row.status).toBe("fail");
    }
    expect(report!.rows.filter((row) => row.gated && row.status === "fail")).toHaveLength(6);
  });

  it("takes the positive class as average precision does: of labels yes and no, the greater, yes", async () => {
    const { report, comment } = await gate(stronger, weaker, POLICY, (label) =>
      label === 1 ? "yes" : "no",
    );
    // The frauds written yes: the same values as of the frauds written 1.
    const all = rowsOf(report!, "recall_at_precision_90").get("all")!;
    expect(all.champion).toBeCloseTo(atOperatingPoint(weaker, "recall", 90), 12);
    expect(all.challenger).toBeCloseTo(atOperatingPoint(stronger, "recall", 90), 12);
    expect(all.evidence!.support).toEqual({ count: positivesIn(), of: "positive examples" });
    expect(comment).toContain("the positive class is `yes`");
  });

  it("refuses a target written as a fraction at its line in the policy, with the name to write", async () => {
    const { code, stderr, report } = await gate(
      stronger,
      weaker,
      "  recall_at_precision_0.9: { direction: higher, max-regression: 0.02 }\n",
    );
    expect(code).toBe(1);
    expect(report).toBeUndefined();
    expect(stderr).toBe(
      "mlops eval-gate: policy.yml:7: field '/metrics/recall_at_precision_0.9' writes the target precision as a fraction (0.9), and the name takes a percent, where 0.9 would read as 0.9%. Write it as recall_at_precision_90\n",
    );
  });

  it("asks files without a score column for one, naming the metric", async () => {
    const { dir, write } = tempDir();
    const file = `id,label,prediction,region\n${labels.map((l, i) => `tx${i},${l},${l},${regionOf(i)}`).join("\n")}\n`;
    write("champion.csv", file);
    write("challenger.csv", file);
    write(
      "policy.yml",
      "schema: mlops.gate-policy/v1\nmetrics:\n  recall_at_precision_90: { direction: higher, max-regression: 0.02 }\n",
    );
    const { code, stderr } = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
        ...["--policy", "policy.yml", "--comment", "never"],
      ],
      dir,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^mlops eval-gate: champion\.csv: has no column 'score' .*for metric 'recall_at_precision_90'\)/,
    );
  });
});

describe("eval-gate on targets between whole percents: recall at 99.5% precision, precision at 99.9% recall", () => {
  const FRACTIONAL =
    "  recall_at_precision_99p5: { direction: higher, max-regression: 0.02 }\n" +
    "  precision_at_recall_99p9: { direction: higher, max-regression: 0.02 }\n";

  it("gates them as any operating point: on all examples and in each region, on the paired bootstrap, resting on the frauds", async () => {
    const { code, report, comment } = await gate(stronger, weaker, FRACTIONAL);
    expect(code).toBe(0);
    for (const [metric, measure, percent] of [
      ["recall_at_precision_99p5", "recall", 99.5],
      ["precision_at_recall_99p9", "precision", 99.9],
    ] as const) {
      for (const row of expectRowsAtOperatingPoint(report!, metric, measure, percent).values()) {
        expect(row.status).toBe("pass");
      }
      expect(comment).toContain(metric);
    }
    // The stronger model scores four frauds in five above every legitimate transaction, the
    // weaker fewer than half: at 99.5% precision, as near as these 2,000 examples come to 100%.
    const all = rowsOf(report!, "recall_at_precision_99p5").get("all")!;
    expect(all.champion).toBeLessThan(0.5);
    expect(all.challenger).toBeGreaterThan(0.75);
  });
});

describe("eval-gate on operating points in metrics files", () => {
  it("judges it as any named value: a metric name is a name", async () => {
    const { dir, write } = tempDir();
    write(
      "champion.json",
      '{"recall_at_precision_90": 0.62, "recall_at_precision_99p5": 0.41, "recall_at_alert_rate_0p5": 0.3}\n',
    );
    write(
      "challenger.json",
      '{"recall_at_precision_90": 0.61, "recall_at_precision_99p5": 0.44, "recall_at_alert_rate_0p5": 0.29}\n',
    );
    write(
      "policy.yml",
      "schema: mlops.gate-policy/v1\nmetrics:\n" +
        "  recall_at_precision_90: { direction: higher, max-regression: 0.02 }\n" +
        "  recall_at_precision_99p5: { direction: higher, max-regression: 0.02 }\n" +
        "  recall_at_alert_rate_0p5: { direction: higher, max-regression: 0.02 }\n",
    );
    const { code } = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.json", "--champion", "champion.json"],
        ...["--policy", "policy.yml", "--report-path", "report.json", "--comment", "never"],
      ],
      dir,
    );
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
    expect(rowsOf(report, "recall_at_precision_90").get("all")).toMatchObject({
      champion: 0.62,
      challenger: 0.61,
      status: "pass",
    });
    expect(rowsOf(report, "recall_at_precision_99p5").get("all")).toMatchObject({
      champion: 0.41,
      challenger: 0.44,
      status: "pass",
    });
    expect(rowsOf(report, "recall_at_alert_rate_0p5").get("all")).toMatchObject({
      champion: 0.3,
      challenger: 0.29,
      status: "pass",
    });
  });
});

describe("eval-gate on recall at alert rates of 20%, 10% and 0.5%, sliced by region", () => {
  const RATES =
    "  recall_at_alert_rate_10: { direction: higher, max-regression: 0.02 }\n" +
    "  recall_at_alert_rate_20: { direction: higher, max-regression: 0.02 }\n";

  /**
   * The rows of a rate on all examples and in each region, as `expectRowsAtOperatingPoint`;
   * each rests on its positive examples, or on its alerts where the rate allows fewer.
   */
  function expectRowsAtAlertRate(report: EvalReport, metric: string, percent: number) {
    const rows = rowsOf(report, metric);
    expect([...rows.keys()]).toEqual(["all", "region=eu", "region=us"]);
    for (const [slice, row] of rows) {
      const region = slice === "all" ? undefined : slice.slice("region=".length);
      const n = region === undefined ? EXAMPLES : EXAMPLES / 2;
      const alerts = Math.floor((n * percent) / 100);
      expect(row.champion).toBeCloseTo(atAlertRate(weaker, percent, region), 12);
      expect(row.challenger).toBeCloseTo(atAlertRate(stronger, percent, region), 12);
      expect(row.evidence).toMatchObject({
        method: "bootstrap",
        resamples: 2000,
        n,
        support:
          alerts < positivesIn(region)
            ? { count: alerts, of: "alerts" }
            : { count: positivesIn(region), of: "positive examples" },
      });
    }
    return rows;
  }

  it("passes a stronger challenger, whose top-scored 10% holds more of the frauds, on the paired bootstrap", async () => {
    const { code, report, comment } = await gate(stronger, weaker, RATES);
    expect(code).toBe(0);
    expect(report!.verdict).toBe("pass");
    for (const [metric, percent] of [
      ["recall_at_alert_rate_10", 10],
      ["recall_at_alert_rate_20", 20],
    ] as const) {
      for (const row of expectRowsAtAlertRate(report!, metric, percent).values()) {
        expect(row.status).toBe("pass");
      }
      expect(comment).toContain(metric);
    }
    // 200 alerts of 2,000 transactions could catch nearly all of the 201 frauds: the stronger
    // model catches most, the weaker about half. The row rests on those 200 alerts.
    const all = rowsOf(report!, "recall_at_alert_rate_10").get("all")!;
    expect(all.challenger).toBeGreaterThan(0.8);
    expect(all.champion).toBeLessThan(0.6);
    expect(all.evidence!.interval!.lower).toBeGreaterThan(0.2);
    expect(all.evidence!.support).toEqual({ count: 200, of: "alerts" });
  });

  it("holds a low rate's few alerts to min-samples: 10 of 2,000 transactions leave it undecided", async () => {
    const { code, report, stderr } = await gate(
      stronger,
      weaker,
      "  recall_at_alert_rate_0p5: { direction: higher, max-regression: 0.02 }\n",
    );
    expect(code).toBe(1);
    expect(report!.verdict).toBe("inconclusive");
    for (const row of expectRowsAtAlertRate(report!, "recall_at_alert_rate_0p5", 0.5).values()) {
      expect(row.status).toBe("inconclusive");
    }
    // Ten alerts catch ten frauds with either model: nothing to tell them apart.
    const all = rowsOf(report!, "recall_at_alert_rate_0p5").get("all")!;
    expect([all.champion, all.challenger]).toEqual([10 / positivesIn(), 10 / positivesIn()]);
    expect(stderr).toContain("only 10 alerts, fewer than the 30 min-samples");
  });

  it("fails a weaker challenger in each region", async () => {
    const { code, report } = await gate(weaker, stronger, RATES);
    expect(code).toBe(1);
    expect(report!.verdict).toBe("fail");
    const rows = rowsOf(report!, "recall_at_alert_rate_10");
    for (const row of rows.values()) {
      expect(row.evidence!.interval!.upper).toBeLessThan(-0.1);
      expect(row.status).toBe("fail");
    }
  });
});

describe("an operating point of a first model", () => {
  it.each([
    ["recall_at_precision_90", 0.6, () => atOperatingPoint(stronger, "recall", 90)],
    ["recall_at_precision_99p5", 0.6, () => atOperatingPoint(stronger, "recall", 99.5)],
    ["recall_at_alert_rate_10", 0.7, () => atAlertRate(stronger, 10)],
  ])("holds %s to a min of %s on the bootstrap of its own value", async (metric, min, value) => {
    const { code, report } = await gate(
      stronger,
      undefined,
      `  ${metric}: { direction: higher, min: ${min} }\n`,
    );
    expect(code).toBe(0);
    const row = rowsOf(report!, metric).get("all")!;
    expect(row.champion).toBeNull();
    expect(row.challenger).toBeCloseTo(value(), 12);
    expect(row.evidence!.method).toBe("bootstrap");
    expect(row.evidence!.interval!.lower).toBeGreaterThan(min);
    expect(row.status).toBe("pass");
  });
});

describe("a decimal point written as a dot in an operating point's name", () => {
  it.each([
    ["recall_at_precision_99.5", "the target precision as '99.5'", "recall_at_precision_99p5"],
    ["recall_at_alert_rate_0.5", "its alert rate as '0.5'", "recall_at_alert_rate_0p5"],
  ])("refuses %s at its line, naming the name with p", async (metric, written, meant) => {
    const { code, stderr, report } = await gate(
      stronger,
      weaker,
      `  ${metric}: { direction: higher, max-regression: 0.02 }\n`,
    );
    expect(code).toBe(1);
    expect(report).toBeUndefined();
    expect(stderr).toBe(
      `mlops eval-gate: policy.yml:7: field '/metrics/${metric}' writes ${written}, and the name writes its decimal point as p, as a dot in a name reads as nesting in a metrics file. Write it as ${meant}\n`,
    );
  });
});
