import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  evalReportContract,
  validateContract,
  type EvalReport,
  type MetricRow,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** One example of a binary task, with the cells a test sets (an empty string is a missing cell). */
interface Example {
  readonly id?: string;
  readonly label?: number;
  readonly prediction?: number;
  readonly region?: string;
  readonly latency?: string;
  readonly judge?: string;
}

const HEADER = "id,label,prediction,region,latency_ms,judge";

/** A predictions file of `n` examples `e0`, `e1`, ..., each right, changed by `cell(i)`. */
function file(n: number, cell: (i: number) => Example = () => ({})): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const e = {
      id: `e${i}`,
      label: i % 2,
      prediction: i % 2,
      region: "eu",
      latency: "10",
      judge: "0.5",
      ...cell(i),
    };
    return [e.id, e.label, e.prediction, e.region, e.latency, e.judge].join(",");
  });
  return `${HEADER}\n${rows.join("\n")}\n`;
}

async function gate(champion: string, challenger: string, policy: string, extra: string[] = []) {
  const { dir, write } = tempDir();
  write("champion.csv", champion);
  write("challenger.csv", challenger);
  write("policy.yml", `schema: mlops.gate-policy/v1\n${policy}`);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv", "--policy", "policy.yml"],
      ...["--report-path", "report.json", "--comment-path", "comment.md", ...extra],
    ],
    dir,
  );
  if (run.code !== 0 && run.stderr.includes("policy.yml:")) return { run, report: undefined };
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
  validateContract(evalReportContract, report, "report.json");
  return { run, report, comment: () => readFileSync(join(dir, "comment.md"), "utf8") };
}

const row = (report: EvalReport, metric: string, slice: string | null = null) =>
  report.rows.find((r) => r.metric === metric && "slice" in r && r.slice === slice) as MetricRow;

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("missing latencies and per-example scores", () => {
  it("judges a latency on the examples both models have one for, and says how many the challenger lacks", async () => {
    // Every fourth example from the second has no challenger latency: 15 of 60.
    const lacks = (i: number) => i % 4 === 1;
    const champion = file(60, (i) => ({ latency: String(10 + (i % 7)) }));
    const challenger = file(60, (i) => ({ latency: lacks(i) ? "" : String(12 + (i % 5)) }));
    const { report } = await gate(
      champion,
      challenger,
      "metrics:\n  latency_ms_mean: {direction: lower, max-regression: 5}\n",
    );
    const latency = row(report!, "latency_ms_mean");
    expect(latency.evidence!.n).toBe(45);
    const kept = Array.from({ length: 60 }, (_, i) => i).filter((i) => !lacks(i));
    // Both means over the same 45 examples, within float rounding.
    expect(latency.champion).toBeCloseTo(mean(kept.map((i) => 10 + (i % 7))), 12);
    expect(latency.challenger).toBeCloseTo(mean(kept.map((i) => 12 + (i % 5))), 12);
    expect(report!.notes).toContain(
      "latency_ms_mean is judged on the 45 of the 60 paired examples that both models have a latency for: 15 lack the challenger's (first at challenger.csv:3)",
    );
  });

  it("leaves out an example either model lacks a score for, naming both sides and each slice's own count", async () => {
    const champion = file(40, (i) => ({
      judge: i === 5 || i === 6 ? "" : "0.6",
      region: i < 20 ? "eu" : "us",
    }));
    const challenger = file(40, (i) => ({
      judge: i === 6 || i === 30 ? "" : "0.7",
      region: i < 20 ? "eu" : "us",
    }));
    const { report } = await gate(
      champion,
      challenger,
      "slices: {by: [region], min-samples: 5}\nmetrics:\n  judge_mean: {direction: higher, max-regression: 0.1}\n",
      ["--example-scores", "judge"],
    );
    // Examples 5 and 6 are in eu, 30 in us.
    expect(row(report!, "judge_mean").evidence!.n).toBe(37);
    expect(row(report!, "judge_mean", "region=eu").evidence!.n).toBe(18);
    expect(row(report!, "judge_mean", "region=us").evidence!.n).toBe(19);
    expect(row(report!, "judge_mean").delta).toBeCloseTo(0.1, 12);
    expect(report!.notes).toContain(
      "judge_mean is judged on the 37 of the 40 paired examples that both models have a value of 'judge' for: 2 lack the challenger's (first at challenger.csv:8), 2 lack the champion's (first at champion.csv:7)",
    );
  });

  it("names the first paired example that lacks a value, not a row without a pair", async () => {
    const lacks = (i: number) => i % 4 === 1;
    const rows = file(60, (i) => ({ latency: lacks(i) ? "" : "12" }))
      .trimEnd()
      .split("\n");
    // Line 2 is an example the champion lacks; then e59 down to e0, so e57 is on line 5.
    const unpaired = (count: number) =>
      Array.from({ length: count }, (_, k) => `x${k},0,0,eu,,0.5`);
    const challenger = (count: number) =>
      [HEADER, ...unpaired(count), ...rows.slice(1).reverse()].join("\n") + "\n";
    const policy =
      "max-unpaired: 100%\nmetrics:\n  latency_ms_mean: {direction: lower, max-regression: 5}\n";
    const { report } = await gate(file(60), challenger(1), policy);
    expect(report!.notes).toContain(
      "latency_ms_mean is judged on the 45 of the 60 paired examples that both models have a latency for: 15 lack the challenger's (first at challenger.csv:5)",
    );
    // Past the 1,000 missing cells whose lines a column keeps, the place is left out, not guessed.
    const { report: many } = await gate(file(60), challenger(1000), policy);
    expect(many!.notes).toContain(
      "latency_ms_mean is judged on the 45 of the 60 paired examples that both models have a latency for: 15 lack the challenger's",
    );
  });

  it("says nothing where every example has both values", async () => {
    const { report } = await gate(
      file(30),
      file(30),
      "metrics:\n  latency_ms_p95: {direction: lower, max-regression: 5}\n",
    );
    expect(row(report!, "latency_ms_p95").evidence!.n).toBe(30);
    expect(report!.notes.join("\n")).not.toContain("judged on the");
  });
});

describe("slices and the pairs", () => {
  const SLICED =
    "slices: {by: [region], min-samples: 5}\nmetrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n";

  it("notes the examples in no slice, as their slice value is empty", async () => {
    const regions = (i: number) => ({ region: i < 4 ? "" : i % 2 ? "eu" : "us" });
    const { report } = await gate(file(40, regions), file(40, regions), SLICED);
    expect(row(report!, "accuracy").evidence!.n).toBe(40);
    expect(
      row(report!, "accuracy", "region=eu").evidence!.n +
        row(report!, "accuracy", "region=us").evidence!.n,
    ).toBe(36);
    expect(report!.notes).toContain(
      "4 of the 40 examples have no 'region' value, so they are in none of its slices (they count on all examples): write their 'region' to judge them in a slice",
    );
  });

  it("counts and names the pairs whose two files give a different slice value, and slices them by the champion's", async () => {
    const { report } = await gate(
      file(40, (i) => ({ region: i % 2 ? "eu" : "us" })),
      file(40, (i) => ({ region: i === 2 || i === 4 ? "eu" : i % 2 ? "eu" : "us" })),
      SLICED,
    );
    expect(report!.notes).toContain(
      '2 paired examples have a different \'region\' in the two files ("e2", "e4"): they are sliced by the champion\'s value; write the same value in both files',
    );
    expect(row(report!, "accuracy", "region=us").evidence!.n).toBe(20);
  });

  it("refuses an override of a value no row has, at its line, listing the column's values", async () => {
    const { run } = await gate(
      file(30, (i) => ({ region: ["eu", "us", "asia"][i % 3] })),
      file(30, (i) => ({ region: ["eu", "us", "asia"][i % 3] })),
      "slices:\n  by: [region]\n  overrides:\n    region=europe: { accuracy: { max-regression: 0.5 } }\nmetrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n",
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toBe(
      "mlops eval-gate: policy.yml:5: field '/slices/overrides/region=europe' names value 'europe' of column 'region', which no row of champion.csv or challenger.csv has. Write the value as the files do (case and all): 'region' has 3 values, 'eu', 'us', 'asia'\n",
    );
  });
});

describe("max-unpaired", () => {
  it("is the share of the examples, each id once: 2 of 150 missing from the challenger fail 1%", async () => {
    const challenger = file(150)
      .split("\n")
      .filter((line) => !/^e(7|9),/.test(line))
      .join("\n");
    const { report } = await gate(
      file(150),
      challenger,
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n",
    );
    const unpaired = row(report!, "unpaired examples");
    // 2 of 150 examples, where 2 of the 298 rows of both files would be 0.67% and pass.
    expect(unpaired.challenger).toBeCloseTo(2 / 150, 12);
    expect(unpaired).toMatchObject({
      status: "fail",
      rule: "at most 1% of the examples (max-unpaired)",
    });
    expect(unpaired.reason).toBe(
      '1.33% of the examples (2 ids of 150 in either file) are not in a pair: 2 champion rows without a challenger row ("e7", "e9"); the two files must hold predictions for the same examples',
    );
  });

  it("counts an id whose two files give different labels as one unpaired example, two rows", async () => {
    const { report, comment } = await gate(
      file(100),
      file(100, (i) => (i === 3 ? { label: 0, prediction: 0 } : {})),
      "max-unpaired: 2%\nmetrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n",
    );
    const unpaired = row(report!, "unpaired examples");
    expect(unpaired.challenger).toBeCloseTo(0.01, 12);
    expect(unpaired.status).toBe("pass");
    expect(unpaired.reason).toBe(
      '1% of the examples (1 id of 100 in either file) are not in a pair: 1 id whose two files give different labels ("e3")',
    );
    // Its row in each file is left out.
    expect(comment!()).toContain("Paired 99 examples by id; 2 rows left out");
  });
});
