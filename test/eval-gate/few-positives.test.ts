import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport, MetricRow } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

/** One example: its true class, whether each model predicts it positive, and its slice. */
interface Example {
  readonly label: 0 | 1;
  readonly champion: 0 | 1;
  readonly challenger: 0 | 1;
  readonly slice?: string;
}

/** Writes both models' predictions files, runs the gate on them under `policy`, and reads what it wrote. */
async function run(examples: readonly Example[], policy: string) {
  const dir = tempDir();
  const file = (model: "champion" | "challenger") =>
    [
      "id,label,prediction,band",
      ...examples.map((e, i) => `ex-${i},${e.label},${e[model]},${e.slice ?? "all"}`),
    ].join("\n") + "\n";
  dir.write("champion.csv", file("champion"));
  dir.write("challenger.csv", file("challenger"));
  dir.write("policy.yml", policy);
  const gated = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", "policy.yml"],
      ...["--report-path", "report.json", "--comment-path", "comment.md", "--fail-step", "false"],
    ],
    dir.dir,
  );
  expect(gated.code).toBe(0);
  return {
    report: JSON.parse(readFileSync(join(dir.dir, "report.json"), "utf8")) as EvalReport,
    comment: readFileSync(join(dir.dir, "comment.md"), "utf8"),
  };
}

/** The report of the gate on `examples` under `policy`. */
const gate = async (examples: readonly Example[], policy: string) =>
  (await run(examples, policy)).report;

const row = (report: EvalReport, metric: string, slice: string | null = null) =>
  report.rows.find((r) => r.metric === metric && "slice" in r && r.slice === slice) as MetricRow;

const RECALL = "metrics:\n  recall: {direction: higher, max-regression: 0.02}\n";

/** `count` copies of an example. */
const times = (count: number, example: Example): Example[] => Array(count).fill(example);

describe("eval-gate on a recall that rests on few positives", () => {
  it("counts a slice's positives, not its rows, against min-samples", async () => {
    // 40 rows in the small band, 3 of them positive: the challenger finds one more of the 3.
    const examples: Example[] = [
      ...times(300, { label: 0, champion: 0, challenger: 0, slice: "large" }),
      ...times(100, { label: 1, champion: 1, challenger: 1, slice: "large" }),
      ...times(37, { label: 0, champion: 0, challenger: 0, slice: "small" }),
      ...times(2, { label: 1, champion: 1, challenger: 1, slice: "small" }),
      { label: 1, champion: 0, challenger: 1, slice: "small" },
    ];
    const report = await gate(examples, `slices: {by: [band]}\n${RECALL}`);
    const small = row(report, "recall", "band=small");
    expect(small.status).toBe("inconclusive");
    expect(small.reason).toBe(
      "only 3 positive examples, fewer than the 30 min-samples; counted as inconclusive (on-insufficient)",
    );
    // The report gives the count that min-samples was held against beside the slice's rows.
    expect(small.evidence).toMatchObject({ n: 40, support: { count: 3, of: "positive examples" } });
  });

  it("judges a binary recall as a paired proportion of the positives, which stays wide when the models agree on each", async () => {
    // Both models find all 60 positives: a bootstrap of the change would be [0, 0] and pass.
    const agree = await gate(
      [
        ...times(60, { label: 1, champion: 1, challenger: 1 }),
        ...times(140, { label: 0, champion: 0, challenger: 0 }),
      ],
      RECALL,
    );
    const recall = row(agree, "recall");
    expect(recall.evidence?.method).toBe("mcnemar");
    expect(recall.evidence?.n).toBe(200);
    expect(recall.evidence?.support).toEqual({ count: 60, of: "positive examples" });
    expect(recall.status).toBe("inconclusive");
    expect(recall.evidence!.interval!.lower).toBeLessThan(-0.02);
    expect(recall.evidence!.interval!.upper).toBeGreaterThan(0.02);
    // No discordant pair: more than min-samples, yet too few to show how the two could differ.
    expect(recall.reason).toMatch(
      /; 60 positive examples \(of 200\) are too few to size the effect this test could detect$/,
    );
  });

  it("judges a challenger that predicts no positive at all on its precision, not as short of evidence", async () => {
    const report = await gate(
      [
        ...times(80, { label: 1, champion: 1, challenger: 0 }),
        ...times(20, { label: 0, champion: 1, challenger: 0 }),
        ...times(200, { label: 0, champion: 0, challenger: 0 }),
      ],
      "metrics:\n  precision: {direction: higher, max-regression: 0.02}\n",
    );
    const precision = row(report, "precision");
    expect(precision.reason).not.toMatch(/min-samples/);
    expect(precision.status).toBe("fail");
  });

  it("passes a recall the positives do show to be no worse", async () => {
    const report = await gate(
      [
        ...times(400, { label: 1, champion: 1, challenger: 1 }),
        ...times(60, { label: 1, champion: 0, challenger: 1 }),
        ...times(40, { label: 1, champion: 0, challenger: 0 }),
        ...times(500, { label: 0, champion: 0, challenger: 0 }),
      ],
      RECALL,
    );
    const recall = row(report, "recall");
    expect(recall.champion).toBeCloseTo(0.8, 12);
    expect(recall.challenger).toBeCloseTo(0.92, 12);
    expect(recall.status).toBe("pass");
  });

  it("falsely passes a recall truly worse than its margin in at most 5% of gates", async () => {
    // Each positive the champion finds, the challenger misses 2.5% of the time: a true change of
    // about -0.023, beyond the margin of 0.02. With 60 positives the two often agree on every
    // one, where a bootstrap of the change is [0, 0] and passed about a quarter of such gates.
    const gates = 60;
    let passed = 0;
    for (let seed = 1; seed <= gates; seed++) {
      const random = seededRandom(seed);
      const examples: Example[] = [];
      for (let i = 0; i < 60; i++) {
        const champion = random() < 0.9 ? 1 : 0;
        examples.push({ label: 1, champion, challenger: champion && random() >= 0.025 ? 1 : 0 });
      }
      examples.push(...times(100, { label: 0, champion: 0, challenger: 0 }));
      if (row(await gate(examples, RECALL), "recall").status === "pass") passed++;
    }
    expect(passed / gates).toBeLessThanOrEqual(0.05);
  });
});

describe("eval-gate's reasons for slices short of min-samples", () => {
  // Two bands of 3 and 5 positives, short of the default 30, and a large one that decides.
  const examples: Example[] = [
    ...times(1000, { label: 1, champion: 1, challenger: 1, slice: "large" }),
    ...times(1000, { label: 0, champion: 0, challenger: 0, slice: "large" }),
    ...times(3, { label: 1, champion: 1, challenger: 1, slice: "small" }),
    ...times(50, { label: 0, champion: 0, challenger: 0, slice: "small" }),
    ...times(5, { label: 1, champion: 1, challenger: 1, slice: "medium" }),
    ...times(50, { label: 0, champion: 0, challenger: 0, slice: "medium" }),
  ];

  it("names the policy keys that would judge them, once under their reasons", async () => {
    const { report, comment } = await run(examples, `slices: {by: [band]}\n${RECALL}`);
    expect(row(report, "recall", "band=small").reason).toBe(
      "only 3 positive examples, fewer than the 30 min-samples; counted as inconclusive (on-insufficient)",
    );
    const hint =
      "- To judge the 2 slice rows above that have fewer than the 30 min-samples: lower `slices.min-samples`, or set `slices: false` under a metric to judge it on all examples only; `on-insufficient: pass` would pass them unjudged instead (and every other row short of examples).";
    expect(comment.split(hint)).toHaveLength(2);
    // The pointer above the table counts the rows, not the lines under the slices.
    expect(comment).toContain("- 2 inconclusive slice rows: the reasons are under the slices.");
  });

  it("judges them with each key the hint names, as it says", async () => {
    const small = async (policy: string) =>
      row((await run(examples, policy)).report, "recall", "band=small") as MetricRow | undefined;
    const lower = await small(`slices: {by: [band], min-samples: 3}\n${RECALL}`);
    expect(lower!.reason).not.toMatch(/min-samples/);
    const off =
      "slices: {by: [band]}\nmetrics:\n  recall: {direction: higher, max-regression: 0.02, slices: false}\n";
    expect(await small(off)).toBeUndefined();
    const pass = await small(`on-insufficient: pass\nslices: {by: [band]}\n${RECALL}`);
    expect(pass).toMatchObject({
      status: "pass",
      reason: expect.stringMatching(/counted as pass/),
    });
  });
});

describe("eval-gate's sizing of a recall that rests on few positives", () => {
  it("counts the positives it rests on, and the positives that would settle it", async () => {
    // 100 positives among 10,000: both models find 75 of them, each 5 or 7 the other misses.
    const examples: Example[] = [
      ...times(75, { label: 1, champion: 1, challenger: 1 }),
      ...times(5, { label: 1, champion: 1, challenger: 0 }),
      ...times(7, { label: 1, champion: 0, challenger: 1 }),
      ...times(13, { label: 1, champion: 0, challenger: 0 }),
      ...times(9900, { label: 0, champion: 0, challenger: 0 }),
    ];
    const recall = row(await gate(examples, RECALL), "recall");
    expect(recall.status).toBe("inconclusive");
    const sized =
      /; with 100 positive examples \(of 10,000\) the smallest distance from the margin this test detects \(80% power\) is [\d.]+ points, and about ([\d,]+) positive examples \(([\d,]+) more\) would settle it if the observed value holds$/.exec(
        recall.reason ?? "",
      );
    expect(sized).not.toBeNull();
    const [needed, more] = [sized![1]!, sized![2]!].map((n) => Number(n.replace(/,/g, "")));
    expect(needed! - more!).toBe(100);
    // The report's examples_needed counts all examples, at the same ratio: the two ceilings
    // differ by less than one positive.
    const examplesNeeded = recall.evidence!.examples_needed!;
    expect(Math.abs(needed! - (examplesNeeded * 100) / 10_000)).toBeLessThan(1);
  });

  it("says that 3 positives are too few to size an effect, beside their wide interval", async () => {
    // Both models find the same 2 of 3 positives: no discordant pair, so no spread to scale,
    // yet Tango's interval spans tens of points.
    const examples: Example[] = [
      ...times(2, { label: 1, champion: 1, challenger: 1 }),
      { label: 1, champion: 0, challenger: 0 },
      ...times(1000, { label: 0, champion: 0, challenger: 0 }),
    ];
    const recall = row(await gate(examples, `min-samples: 3\n${RECALL}`), "recall");
    expect(recall.status).toBe("inconclusive");
    expect(recall.evidence!.interval!.upper - recall.evidence!.interval!.lower).toBeGreaterThan(
      0.5,
    );
    expect(recall.reason).toMatch(
      /; 3 positive examples \(of 1,003\) are too few to size the effect this test could detect$/,
    );
    expect(recall.reason).not.toMatch(/spread/);
  });
});

describe("eval-gate on a binary mcc that rests on few positives", () => {
  // A large band that decides, a small one of 3 frauds, and a medium one of 40 frauds of which
  // the champion flags 10 and the challenger 12, none wrongly.
  const examples: Example[] = [
    ...times(200, { label: 1, champion: 1, challenger: 1, slice: "large" }),
    ...times(400, { label: 0, champion: 0, challenger: 0, slice: "large" }),
    ...times(2, { label: 1, champion: 1, challenger: 1, slice: "small" }),
    { label: 1, champion: 0, challenger: 1, slice: "small" },
    { label: 0, champion: 1, challenger: 1, slice: "small" },
    ...times(200, { label: 0, champion: 0, challenger: 0, slice: "small" }),
    ...times(10, { label: 1, champion: 1, challenger: 1, slice: "medium" }),
    ...times(2, { label: 1, champion: 0, challenger: 1, slice: "medium" }),
    ...times(28, { label: 1, champion: 0, challenger: 0, slice: "medium" }),
    ...times(200, { label: 0, champion: 0, challenger: 0, slice: "medium" }),
  ];
  const MCC = "metrics:\n  mcc: {direction: higher, max-regression: 0.02}\n";

  it("counts the fewest of either class's labels and each model's predictions against min-samples", async () => {
    const report = await gate(examples, `slices: {by: [band]}\n${MCC}`);
    // 204 examples, 3 of them frauds: as for an f1 of them, the slice is short of evidence.
    expect(row(report, "mcc", "band=small")).toMatchObject({
      status: "inconclusive",
      reason:
        "only 3 positive examples, fewer than the 30 min-samples; counted as inconclusive (on-insufficient)",
      evidence: { n: 204, support: { count: 3, of: "positive examples" } },
    });
    // 40 frauds, yet the champion flags 10 of them: what its correlation rests on.
    expect(row(report, "mcc", "band=medium").evidence!.support).toEqual({
      count: 10,
      of: "positive predictions",
    });
    expect(row(report, "mcc").evidence!.support).toEqual({
      count: 213,
      of: "positive predictions",
    });
  });

  it("draws again a resample whose labels or a model's predictions hold one class", async () => {
    // Judged on its 3 frauds (a, b, c), the small band of 204 draws none of them, or none of
    // the champion's 3 flags (a, b and a false one, d), in 2 (201/204)^204 - (200/204)^204 =
    // 7.98% of the draws, where scikit-learn's mcc is 0 for a model: a change taken as it came.
    const report = await gate(examples, `slices: {by: [band], min-samples: 3}\n${MCC}`);
    const small = row(report, "mcc", "band=small");
    expect(small.evidence!.support).toEqual({ count: 3, of: "positive examples" });
    // Draws thrown away before B kept: B q / (1 - q) = 694 for 8,000, sd sqrt(B q) / (1 - q) = 27.
    const { resamples, resamples_redrawn: redrawn } = small.evidence!;
    expect(resamples).toBe(8000);
    expect(Math.abs(redrawn! - 694)).toBeLessThan(4 * 27);
    // The large band has hundreds of each: its draws never lack a class.
    expect(row(report, "mcc", "band=large").evidence!.resamples_redrawn).toBeUndefined();
  });
});
