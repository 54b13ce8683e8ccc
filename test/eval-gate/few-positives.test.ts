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

/** Writes both models' predictions files and runs the gate on them under `policy`. */
async function gate(examples: readonly Example[], policy: string) {
  const dir = tempDir();
  const file = (model: "champion" | "challenger") =>
    [
      "id,label,prediction,band",
      ...examples.map((e, i) => `ex-${i},${e.label},${e[model]},${e.slice ?? "all"}`),
    ].join("\n") + "\n";
  dir.write("champion.csv", file("champion"));
  dir.write("challenger.csv", file("challenger"));
  dir.write("policy.yml", policy);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", "policy.yml"],
      ...["--report-path", "report.json", "--fail-step", "false"],
    ],
    dir.dir,
  );
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(join(dir.dir, "report.json"), "utf8")) as EvalReport;
}

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
