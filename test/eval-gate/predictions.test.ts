import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  evalReportContract,
  LocalGitBackend,
  Registry,
  validateContract,
  type EvalReport,
  type MetricRow,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";
import { makeRepo } from "../registry/git-fixture.js";

const EXAMPLE = join(import.meta.dirname, "../../examples/eval-gate/predictions");
const FIXTURES = join(import.meta.dirname, "../fixtures/predictions");

interface Simulated {
  /** Examples, and the share each model gets right. */
  readonly n: number;
  readonly champion: number;
  readonly challenger: number;
  readonly seed?: number;
}

/**
 * Two predictions files of one binary task whose accuracies are exactly the shares asked for:
 * each example is right or wrong by its own draw, so the two models differ example by example
 * as real models do, while the totals are fixed.
 */
function simulate({ n, champion, challenger, seed = 1 }: Simulated) {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => ({ i, r: random() }));
  const rightSet = (share: number, salt: number) => {
    const ranked = [...order].sort((a, b) => ((a.r * salt) % 1) - ((b.r * salt) % 1));
    return new Set(ranked.slice(0, Math.round(share * n)).map((e) => e.i));
  };
  const rightA = rightSet(champion, 7.31);
  const rightB = rightSet(challenger, 13.77);
  const file = (right: Set<number>) =>
    [
      "id,label,prediction,segment",
      ...order.map(({ i }) => {
        const label = i % 2;
        return `ex-${i},${label},${right.has(i) ? label : 1 - label},${i % 3 === 0 ? "eu" : "us"}`;
      }),
    ].join("\n") + "\n";
  const dir = tempDir();
  dir.write("champion.csv", file(rightA));
  dir.write("challenger.csv", file(rightB));
  return dir;
}

async function gate(dir: string, policy: string, extra: string[] = []) {
  const files = tempDir();
  const policyFile = files.write("policy.yml", policy);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
      ...["--policy", policyFile, "--report-path", "report.json", "--comment-path", "comment.md"],
      ...extra,
    ],
    dir,
  );
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
  validateContract(evalReportContract, report, "report.json");
  return { run, report, comment: readFileSync(join(dir, "comment.md"), "utf8") };
}

const row = (report: EvalReport, metric: string, slice: string | null = null) =>
  report.rows.find((r) => r.metric === metric && "slice" in r && r.slice === slice) as MetricRow;

describe("eval-gate on per-example predictions", () => {
  it("passes a challenger truly worse by less than the margin, when the examples prove it", async () => {
    const dir = simulate({ n: 20_000, champion: 0.9, challenger: 0.895 }).dir;
    const { run, report } = await gate(
      dir,
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.02}\n",
    );
    expect(report.mode).toBe("predictions");
    expect(report.verdict).toBe("pass");
    expect(run.code).toBe(0);
    const accuracy = row(report, "accuracy");
    expect(accuracy.delta).toBeCloseTo(-0.005, 12);
    expect(accuracy.evidence).toMatchObject({ method: "mcnemar", n: 20_000, interval_of: "delta" });
    // The whole interval lies above the margin's edge: no worse than 2 points.
    expect(accuracy.evidence!.interval!.lower).toBeGreaterThan(-0.02);
    expect(accuracy.evidence!.interval!.upper).toBeLessThan(0.01);
    expect(report.pairing).toMatchObject({ paired: 20_000, champion_unpaired: 0 });
  });

  it("calls a real 2-point drop on 200 examples inconclusive, and states what would settle it", async () => {
    const dir = simulate({ n: 200, champion: 0.9, challenger: 0.88 }).dir;
    const { run, report, comment } = await gate(
      dir,
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.01}\n",
      ["--fail-step", "false"],
    );
    expect(report.verdict).toBe("inconclusive");
    expect(run.code).toBe(0);
    const accuracy = row(report, "accuracy");
    expect(accuracy.status).toBe("inconclusive");
    expect(accuracy.evidence!.mde).toBeGreaterThan(0.01);
    expect(accuracy.evidence!.examples_needed).toBeGreaterThan(200);
    expect(accuracy.reason).toMatch(
      /with 200 examples the smallest distance from the margin this test detects \(80% power\) is [\d.]+ points, and about [\d,]+ examples/,
    );
    expect(comment).toContain(
      "### ⚠️ eval-gate: inconclusive (1 of 1 gated row could not be decided)",
    );
  });

  it("fails a challenger whose whole interval lies beyond the margin, and names the row", async () => {
    const dir = simulate({ n: 5_000, champion: 0.9, challenger: 0.85 }).dir;
    const { run, report } = await gate(
      dir,
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.01}\n",
      ["--json"],
    );
    expect(report.verdict).toBe("fail");
    expect(run.code).toBe(1);
    expect(row(report, "accuracy").evidence!.interval!.upper).toBeLessThan(-0.01);
    expect(JSON.parse(run.stdout)).toMatchObject({
      regressions: JSON.stringify([{ metric: "accuracy", slice: null }]),
      "inconclusive-metrics": "[]",
    });
  });

  it("judges each slice of the policy's columns too, with the slice's own rules", async () => {
    const dir = simulate({ n: 3_000, champion: 0.9, challenger: 0.9 }).dir;
    const { report } = await gate(
      dir,
      [
        "slices:",
        "  by: [segment]",
        "  min-samples: 1200",
        "  overrides:",
        "    segment=us: {accuracy: {max-regression: 0.05}}",
        "metrics:",
        "  accuracy: {direction: higher, max-regression: 0.03}",
        "",
      ].join("\n"),
      ["--fail-step", "false"],
    );
    const slices = report.rows.filter((r) => "slice" in r && r.slice !== null) as MetricRow[];
    expect(slices.map((r) => r.slice).sort()).toEqual(["segment=eu", "segment=us"]);
    // 1,000 eu examples are fewer than min-samples: insufficient, not guessed.
    expect(row(report, "accuracy", "segment=eu")).toMatchObject({ status: "inconclusive" });
    expect(row(report, "accuracy", "segment=eu").reason).toMatch(
      /1,000 examples.*min-samples|fewer than/,
    );
    expect(row(report, "accuracy", "segment=us").checks[0]).toMatchObject({
      rule: "max-regression",
    });
    expect(row(report, "accuracy", "segment=us").checks[0]!.limit).toBeCloseTo(
      row(report, "accuracy", "segment=us").champion! - 0.05,
      12,
    );
  });

  it("judges a slice on the bootstrap as its examples alone, in a file of their own", async () => {
    // Average precision has no cells to resample: each resample recomputes it on the slice's
    // examples. The same seed and resamples give the same interval as a gate on those rows.
    const random = seededRandom(5);
    const scored = Array.from({ length: 1_500 }, (_, i) => {
      const label = random() < 0.3 ? 1 : 0;
      const score = (shift: number) =>
        Math.min(1, Math.max(0, 0.3 + shift * label + 0.3 * random()));
      return { i, label, segment: i % 3 === 0 ? "eu" : "us", a: score(0.2), b: score(0.25) };
    });
    const write = (dir: ReturnType<typeof tempDir>, rows: typeof scored) => {
      const file = (pick: (r: (typeof scored)[number]) => number) =>
        [
          "id,label,score,segment",
          ...rows.map((r) => `ex-${r.i},${r.label},${pick(r).toFixed(3)},${r.segment}`),
        ].join("\n") + "\n";
      dir.write(
        "champion.csv",
        file((r) => r.a),
      );
      dir.write(
        "challenger.csv",
        file((r) => r.b),
      );
      return dir.dir;
    };
    const policy = (slices: string) =>
      `resamples: 2000\nseed: 9\ncorrection: none\n${slices}metrics:\n  average_precision: {direction: higher, max-regression: 0.02}\n`;
    const [all, alone] = await Promise.all([
      gate(write(tempDir(), scored), policy("slices: {by: [segment]}\n"), ["--fail-step", "false"]),
      gate(
        write(
          tempDir(),
          scored.filter((r) => r.segment === "eu"),
        ),
        policy(""),
        ["--fail-step", "false"],
      ),
    ]);
    const [slice, own] = [
      row(all.report, "average_precision", "segment=eu"),
      row(alone.report, "average_precision"),
    ];
    expect(slice.evidence).toMatchObject({ method: "bootstrap", n: 500, resamples: 2000 });
    expect(slice.challenger).toBeCloseTo(own.challenger!, 12);
    expect(slice.delta).toBeCloseTo(own.delta!, 12);
    expect(slice.evidence!.interval!.lower).toBeCloseTo(own.evidence!.interval!.lower!, 12);
    expect(slice.evidence!.interval!.upper).toBeCloseTo(own.evidence!.interval!.upper!, 12);
    expect(slice.evidence!.p_value).toBeCloseTo(own.evidence!.p_value!, 12);
  });

  it("fails the gate when more rows are unpaired than max-unpaired allows, naming some ids", async () => {
    const dir = simulate({ n: 400, champion: 0.9, challenger: 0.9 });
    const challenger = readFileSync(join(dir.dir, "challenger.csv"), "utf8").split("\n");
    // 20 challenger rows of other examples, and one id twice in the champion's file.
    dir.write(
      "challenger.csv",
      [
        ...challenger.slice(0, 381),
        ...Array.from({ length: 20 }, (_, i) => `other-${i},1,1,eu`),
        "",
      ].join("\n"),
    );
    const champion = readFileSync(join(dir.dir, "champion.csv"), "utf8");
    dir.write("champion.csv", `${champion}${champion.split("\n")[1]}\n`);
    const { report } = await gate(
      dir.dir,
      "max-unpaired: 1%\nmetrics:\n  accuracy: {direction: higher, min: 0.5}\n",
      ["--fail-step", "false"],
    );
    expect(report.verdict).toBe("fail");
    // The repeated champion id leaves its challenger row without a pair too.
    expect(report.pairing).toMatchObject({ challenger_unpaired: 21, champion_duplicates: 2 });
    const unpaired = row(report, "unpaired examples");
    expect(unpaired.status).toBe("fail");
    // Its challenger row is not absent from the champion: it is named with the repeated id.
    expect(unpaired.reason).toContain('20 challenger rows without a champion row ("other-0", ');
    expect(unpaired.reason).toContain(
      '1 id repeated in the champion ("ex-0"): its 2 rows, and the challenger\'s 1 row of it, pair with nothing',
    );
    expect(unpaired.reason).toMatch(/the same examples, each id once$/);
  });

  it("reads the predictions as JSONL, gzipped CSV or Parquet alike", async () => {
    const policy =
      "metrics:\n  roc_auc: {direction: higher, max-regression: 0.05}\n  log_loss: {direction: lower, max-regression: 0.1}\n";
    const verdicts = [];
    for (const champion of [
      "binary-champion.csv",
      "binary-champion.jsonl",
      "binary-champion.csv.gz",
      "binary-champion.parquet",
    ]) {
      const dir = tempDir().dir;
      copyFileSync(join(FIXTURES, "binary-challenger.csv"), join(dir, "challenger.csv"));
      copyFileSync(join(FIXTURES, champion), join(dir, champion));
      const files = tempDir();
      const run = await mlops(
        [
          "eval-gate",
          "--challenger",
          "challenger.csv",
          "--champion",
          champion,
          "--policy",
          files.write("p.yml", policy),
          "--json",
        ],
        dir,
      );
      const report = JSON.parse(
        readFileSync(join(dir, "mlops-out/eval-report.json"), "utf8"),
      ) as EvalReport;
      expect(run.stderr).toBe("");
      verdicts.push([
        row(report, "roc_auc").champion,
        row(report, "log_loss").champion,
        report.verdict,
      ]);
    }
    expect(new Set(verdicts.map((v) => JSON.stringify(v))).size).toBe(1);
    expect(verdicts[0]![0]).toBeGreaterThan(0.9);
  });

  it("renders the comment of two real models: intervals, the chart, slices folded away", async () => {
    const dir = tempDir().dir;
    for (const f of ["champion.csv", "challenger.csv"])
      copyFileSync(join(EXAMPLE, f), join(dir, f));
    const { report, comment } = await gate(dir, readFileSync(join(EXAMPLE, "policy.yml"), "utf8"), [
      "--fail-step",
      "false",
    ]);
    expect(report.rows.filter((r) => r.gated).length).toBeGreaterThan(4);
    expect(comment).toMatch(
      /\| Metric \| Champion \| Challenger \| Delta \| Interval of the delta \| p \(adj\.\) \| Rule \| Status \|/,
    );
    expect(comment).toContain("```mermaid\nxychart-beta\n");
    expect(comment).toMatch(/<details><summary>Slices: \d+ rows/);
    // The first reasons are the rows on all examples; an inconclusive slice's reason is given
    // under the slices, after their table, and the first reasons say how many are there.
    const reasons = comment.slice(comment.indexOf("**Reasons**"), comment.indexOf("Paired "));
    expect(reasons).not.toContain("size_band=");
    expect(reasons).toMatch(/- \d+ inconclusive slice rows: the reasons are under the slices\./);
    const slices = comment.slice(comment.indexOf("<summary>Slices:"));
    expect(slices.indexOf("- `accuracy` in `size_band=")).toBeGreaterThan(
      slices.indexOf("| `accuracy` in `size_band="),
    );
    expect(comment).toContain(
      "Paired 228 examples by id, every row of both files; the positive class is `1`.",
    );
    // Every metric the predictions allow is listed, ungated.
    expect(comment).toMatch(/<details><summary>\d+ metrics not in the policy<\/summary>/);
    expect(comment).toContain("| `log_loss` |");
  });

  it("reads the champion's predictions from the local git registry by reference", async () => {
    const dir = simulate({ n: 2_000, champion: 0.9, challenger: 0.9 });
    makeRepo(dir.dir);
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir.dir }) });
    const assets = tempDir();
    await registry.promote({
      artifact: "churn",
      version: "v1.0.0",
      assets: [
        assets.write("model.pkl", "weights"),
        assets.write("predictions.csv", readFileSync(join(dir.dir, "champion.csv"), "utf8")),
      ],
      stage: "prod",
    });
    rmSync(join(dir.dir, "champion.csv"));
    const files = tempDir();
    const policy = files.write(
      "p.yml",
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n",
    );
    const run = await mlops(
      [
        "eval-gate",
        "--challenger",
        "challenger.csv",
        "--champion",
        "churn#prod",
        "--policy",
        policy,
      ],
      dir.dir,
    );
    expect(run.stderr).toBe("");
    const report = JSON.parse(
      readFileSync(join(dir.dir, "mlops-out/eval-report.json"), "utf8"),
    ) as EvalReport;
    expect(report.champion?.file).toBe("churn@v1.0.0 (predictions.csv)");
    expect(report.verdict).toBe("pass");
    const byVersion = await mlops(
      [
        "eval-gate",
        "--challenger",
        "challenger.csv",
        "--champion",
        "churn@v1.0.0",
        "--policy",
        policy,
      ],
      dir.dir,
    );
    expect(byVersion.stderr).toBe("");
    await registry.register({
      artifact: "fraud",
      version: "v1.0.0",
      assets: [assets.write("m.bin", "w")],
    });
    const missing = await mlops(
      [
        "eval-gate",
        "--challenger",
        "challenger.csv",
        "--champion",
        "fraud@v1.0.0",
        "--policy",
        policy,
      ],
      dir.dir,
    );
    expect(missing.stderr).toBe(
      "mlops eval-gate: input 'champion': release fraud@v1.0.0 has no predictions asset (m.bin). Register the champion with its predictions file (named like predictions.csv) among its assets\n",
    );
  });

  it("reads a champion registered with JSON Lines predictions named .ndjson", async () => {
    const dir = tempDir().dir;
    makeRepo(dir);
    copyFileSync(join(FIXTURES, "binary-challenger.csv"), join(dir, "challenger.csv"));
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir }) });
    const assets = tempDir();
    const predictions = readFileSync(join(FIXTURES, "binary-champion.jsonl"), "utf8");
    await registry.promote({
      artifact: "churn",
      version: "v1.0.0",
      assets: [assets.write("predictions.ndjson", predictions)],
      stage: "prod",
    });
    const policy = tempDir().write("p.yml", "metrics:\n  roc_auc: {direction: higher, min: 0.5}\n");
    const args = ["eval-gate", "--challenger", "challenger.csv", "--policy", policy];
    const run = await mlops([...args, "--champion", "churn#prod"], dir);
    expect(run.stderr).toBe("");
    const report = JSON.parse(
      readFileSync(join(dir, "mlops-out/eval-report.json"), "utf8"),
    ) as EvalReport;
    expect(report.champion?.file).toBe("churn@v1.0.0 (predictions.ndjson)");
    expect(report.mode).toBe("predictions");
    expect(row(report, "roc_auc").champion).toBeGreaterThan(0.9);
  });

  it("gates a first model's predictions on their own: each bound on the model's own interval, a rule against the champion listed unchecked", async () => {
    const dir = simulate({ n: 2_000, champion: 0.9, challenger: 0.93 }).dir;
    const policy = (metrics: string) =>
      `correction: none\nslices: {by: [segment]}\nmetrics:\n${metrics}`;
    const rules =
      "  accuracy: {direction: higher, min: 0.9, max-regression: 0.02}\n  f1: {direction: higher, max-regression: 0.02}\n";
    const paired = await gate(dir, policy(rules));
    const files = tempDir();
    const alone = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.csv", "--policy", files.write("p.yml", policy(rules))],
        ...["--report-path", "first.json", "--comment-path", "first.md"],
      ],
      dir,
    );
    expect(alone.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "first.json"), "utf8")) as EvalReport;
    validateContract(evalReportContract, report, "first.json");
    expect(report).toMatchObject({ mode: "predictions", verdict: "pass", champion: null });
    expect(report.pairing).toBeUndefined();
    // Without correction, the bound's interval is the one the paired gate holds the same bound
    // to: the challenger's own (Wilson's), whatever the champion.
    for (const slice of [null, "segment=eu", "segment=us"]) {
      const first = row(report, "accuracy", slice);
      expect(first).toMatchObject({ status: "pass", champion: null, delta: null });
      expect(first.evidence).toMatchObject({ method: "wilson", interval_of: "challenger" });
      const bound = row(paired.report, "accuracy", slice).evidence!;
      expect(bound.interval_of).toBe("delta");
      expect(first.challenger).toBeCloseTo(row(paired.report, "accuracy", slice).challenger!, 12);
    }
    expect(row(report, "accuracy").evidence!.interval!.lower).toBeGreaterThan(0.9);
    expect(row(report, "f1")).toMatchObject({ status: "info", champion: null, checks: [] });
    expect(row(report, "f1").challenger).toBeCloseTo(row(paired.report, "f1").challenger!, 12);
    expect(report.notes[0]).toBe(
      "No champion was given (a first model), so only absolute bounds were judged, on the challenger's own intervals; 1 rule against the champion was not checked.",
    );
    expect(readFileSync(join(dir, "first.md"), "utf8")).toContain("against no champion");

    // Rules against the champion alone leave nothing to judge: the gate cannot pass the model.
    const nothing = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.csv", "--report-path", "none.json"],
        ...[
          "--policy",
          files.write("q.yml", policy("  f1: {direction: higher, max-regression: 0.02}\n")),
        ],
      ],
      dir,
    );
    expect(nothing.code).toBe(1);
    const none = JSON.parse(readFileSync(join(dir, "none.json"), "utf8")) as EvalReport;
    expect(none.verdict).toBe("inconclusive");
    expect(none.notes).toContain(
      "No rule could be evaluated: every rule in the policy compares with a champion (none has a min or a max), and a first model has none, so the verdict is inconclusive with no row to list as such: the gate cannot pass a model it never checked. Give the metrics it must reach a min or a max, or give a champion.",
    );
  });

  it("refuses a champion that is neither file nor reference", async () => {
    const dir = simulate({ n: 50, champion: 0.9, challenger: 0.9 }).dir;
    const files = tempDir();
    const policy = files.write("p.yml", "metrics:\n  accuracy: {direction: higher, min: 0.5}\n");
    const missing = await mlops(
      ["eval-gate", "--challenger", "challenger.csv", "--champion", "nope.csv", "--policy", policy],
      dir,
    );
    expect(missing.stderr).toContain(
      "input 'champion': 'nope.csv' is neither a file nor a registry reference",
    );
  });

  it("names the policy's metric that the predictions cannot give", async () => {
    const dir = simulate({ n: 50, champion: 0.9, challenger: 0.9 }).dir;
    const files = tempDir();
    const policy = files.write(
      "p.yml",
      "metrics:\n  roc_auc: {direction: higher, max-regression: 0.01}\n",
    );
    const run = await mlops(
      [
        "eval-gate",
        "--challenger",
        "challenger.csv",
        "--champion",
        "champion.csv",
        "--policy",
        policy,
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^mlops eval-gate: .*roc_auc.*score/);
    expect(run.stderr.split("\n")).toHaveLength(2);
  });
});

/** The CLI on two fixture files (or the simulated pair) under a policy, as a new user runs it. */
async function onFixtures(kind: "regression" | "multiclass", policy: string) {
  const dir = tempDir().dir;
  for (const model of ["champion", "challenger"])
    copyFileSync(join(FIXTURES, `${kind}-${model}.csv`), join(dir, `${model}.csv`));
  return gate(dir, policy, ["--fail-step", "false"]);
}

describe("eval-gate on predictions, with odd policies and data", () => {
  it("refuses a test that does not fit the metric, at the policy's line", async () => {
    const dir = simulate({ n: 100, champion: 0.9, challenger: 0.9 }).dir;
    const policy = tempDir().write(
      "p.yml",
      "metrics:\n  accuracy:\n    direction: higher\n    min: 0.5\n    method: delong\n",
    );
    const run = await mlops(
      [
        "eval-gate",
        "--challenger",
        "challenger.csv",
        "--champion",
        "champion.csv",
        "--policy",
        policy,
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /p\.yml:5: field '\/metrics\/accuracy\/method' is delong, which tests a binary ROC AUC, not accuracy\. Use method auto or bootstrap/,
    );
  });

  it("fails two files with no example in common, whatever else the policy allows", async () => {
    const dir = simulate({ n: 200, champion: 0.9, challenger: 0.9 });
    const other = readFileSync(join(dir.dir, "challenger.csv"), "utf8").replace(/ex-/g, "other-");
    dir.write("challenger.csv", other);
    const { report } = await gate(
      dir.dir,
      "max-unpaired: 100%\non-insufficient: pass\nslices: {by: [segment]}\nmetrics:\n  f1: {direction: higher, max-regression: 0.01}\n",
      ["--fail-step", "false"],
    );
    expect(report.verdict).toBe("fail");
    expect(report.pairing?.paired).toBe(0);
    expect(row(report, "unpaired examples").status).toBe("fail");
  });

  it("judges a slice by its own override, and shows that rule", async () => {
    const dir = simulate({ n: 3_000, champion: 0.9, challenger: 0.9 }).dir;
    const { report } = await gate(
      dir,
      "slices:\n  by: [segment]\n  overrides:\n    segment=us: {accuracy: {max-regression: 0.05}}\nmetrics:\n  accuracy: {direction: higher, min-improvement: 0.3}\n",
      ["--fail-step", "false"],
    );
    const us = row(report, "accuracy", "segment=us");
    expect(us.rule).toBe("higher is better; regression ≤ 0.05");
    expect(us.checks.map((c) => c.rule)).toEqual(["max-regression"]);
    expect(row(report, "accuracy").checks.map((c) => c.rule)).toEqual(["min-improvement"]);
  });

  it("skips a metric the predictions cannot give when the policy does not require it", async () => {
    const dir = simulate({ n: 500, champion: 0.9, challenger: 0.9 }).dir;
    const { report } = await gate(
      dir,
      "metrics:\n  accuracy: {direction: higher, min: 0.5}\n  roc_auc: {direction: higher, min: 0.5, required: false}\n",
    );
    expect(row(report, "roc_auc")).toMatchObject({ status: "skipped" });
    expect(row(report, "roc_auc").reason).toMatch(/score.*; not required$/);
    expect(report.verdict).toBe("pass");
  });

  it("refuses a direction that contradicts the metric's", async () => {
    const dir = simulate({ n: 50, champion: 0.9, challenger: 0.9 }).dir;
    const policy = tempDir().write("p.yml", "metrics:\n  accuracy: {direction: lower, max: 0.5}\n");
    const run = await mlops(
      [
        "eval-gate",
        "--challenger",
        "challenger.csv",
        "--champion",
        "champion.csv",
        "--policy",
        policy,
      ],
      dir,
    );
    expect(run.stderr).toMatch(
      /^mlops eval-gate: \S*p\.yml:2: field '\/metrics\/accuracy\/direction' is lower, but higher is better for accuracy\. Set the direction of accuracy to higher, or leave it out\n$/,
    );
  });

  it("gates a regressor on its errors, and a multiclass classifier on macro F1 and its per-example grade", async () => {
    const regression = await onFixtures(
      "regression",
      "metrics:\n  mae: {direction: lower, max-regression: 5%}\n  rmse: {direction: lower, max-regression: 5%}\n",
    );
    expect(row(regression.report, "mae").evidence?.method).toBe("bootstrap");
    expect(row(regression.report, "mae").champion).toBeGreaterThan(0);
    expect(regression.report.rows.some((r) => r.metric === "r2" && !r.gated)).toBe(true);
    const multiclass = await onFixtures(
      "multiclass",
      "min-samples: 15\nmetrics:\n  f1_macro: {direction: higher, max-regression: 0.05}\n  log_loss: {direction: lower, max-regression: 0.1}\n",
    );
    expect(row(multiclass.report, "f1_macro").evidence?.interval).not.toBeNull();
    expect(row(multiclass.report, "log_loss").evidence?.method).toBe("bootstrap");
    // 72 wines, of which 19 to 20 are labelled or predicted class_2: too few for the default 30.
    const fewWines = await onFixtures(
      "multiclass",
      "metrics:\n  f1_macro: {direction: higher, max-regression: 0.05}\n",
    );
    expect(row(fewWines.report, "f1_macro").reason).toMatch(
      /^only (19|20) examples labelled or predicted 'class_2', fewer than the 30 min-samples/,
    );
  });
});

/** The error of the CLI on two files in `dir` (challenger.csv and champion.csv unless named). */
async function refused(
  dir: string,
  policy: string,
  { challenger = "challenger.csv", champion = "champion.csv" } = {},
) {
  const policyFile = tempDir().write("p.yml", policy);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", challenger, "--champion", champion, "--policy", policyFile],
      ...["--report-path", "report.json"],
    ],
    dir,
  );
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(existsSync(join(dir, "report.json"))).toBe(false);
  return run.stderr;
}

const ACCURACY = "metrics:\n  accuracy: {direction: higher, min: 0.5}\n";

describe("eval-gate telling predictions from aggregate metrics", () => {
  it("takes a CSV of more than two columns for predictions, and names the id column it lacks", async () => {
    const dir = simulate({ n: 50, champion: 0.9, challenger: 0.9 });
    const challenger = readFileSync(join(dir.dir, "challenger.csv"), "utf8");
    dir.write("challenger.csv", challenger.replace(/^id,/, "ID,"));
    expect(await refused(dir.dir, ACCURACY)).toBe(
      "mlops eval-gate: challenger.csv: has no column 'id' (the id of each example). Did you mean 'ID'? Set input 'id-column' to the column that holds the id of each example; the file's columns are 'ID', 'label', 'prediction', 'segment'\n",
    );
  });

  it("takes a header naming the id and label columns for predictions, even with columns named by number", async () => {
    const { dir, write } = tempDir();
    const file = (predictions: string[]) =>
      `id,label,prediction,0,1\n${predictions.map((p, i) => `ex-${i},1,${p},0.4,0.6\n`).join("")}`;
    write("champion.csv", file(["1", "1", "0"]));
    write("challenger.csv", file(["1", "1", "1"]));
    const { report } = await gate(dir, ACCURACY);
    expect(report.mode).toBe("predictions");
    expect(row(report, "accuracy")).toMatchObject({ champion: 2 / 3, challenger: 1 });

    rmSync(join(dir, "report.json"));
    write("challenger.csv", "id,label,0,1\nex-0,1,0.4,0.6\n");
    expect(await refused(dir, ACCURACY)).toBe(
      "mlops eval-gate: challenger.csv: has neither a prediction column 'prediction' nor a score column 'score'. Set input 'prediction-column' to the column that holds the predicted class or value; the file's columns are 'id', 'label', '0', '1'\n",
    );
  });

  it("refuses a CSV of more than two columns without an id or label column before judging the policy", async () => {
    const { dir, write } = tempDir();
    write("challenger.csv", "name,value,stderr\naccuracy,0.91,0.01\n");
    write("champion.csv", "name,value\naccuracy,0.9\n");
    // `acuracy` is no metric of predictions: the file, not the policy, is what to fix first.
    expect(await refused(dir, "metrics:\n  acuracy: {direction: higher, min: 0.5}\n")).toBe(
      "mlops eval-gate: challenger.csv: is read as per-example predictions, as its header has 3 columns where a metrics CSV has 2 (name,value), but it has no column 'id' (the id of each example), 'label' (the true label), nor a prediction column 'prediction' or score column 'score'. Set input 'id-column' to the column that holds the id of each example; 'label-column' to the column that holds the true label; 'prediction-column' to the column that holds the predicted class or value; the file's columns are 'name', 'value', 'stderr'; for aggregate metrics, write one name,value row per metric\n",
    );
  });

  it("still reads CSVs of name,value rows as metrics, with a header or without", async () => {
    const { dir, write } = tempDir();
    write("challenger.csv", "name,value\naccuracy,0.91\n");
    write("champion.csv", "accuracy,0.9\n");
    const { report } = await gate(dir, ACCURACY);
    expect(report.mode).toBe("aggregate");
    expect(row(report, "accuracy")).toMatchObject({ champion: 0.9, challenger: 0.91 });
  });

  it("refuses predictions on one side and aggregate metrics on the other, naming both files", async () => {
    const dir = simulate({ n: 50, champion: 0.9, challenger: 0.9 });
    dir.write("metrics.json", '{"accuracy": 0.9}\n');
    expect(await refused(dir.dir, ACCURACY, { champion: "metrics.json" })).toBe(
      "mlops eval-gate: input 'champion': 'metrics.json' holds aggregate metrics but the challenger 'challenger.csv' holds per-example predictions, which cannot be compared. Give both models' predictions files, or both models' metrics files\n",
    );
    expect(await refused(dir.dir, ACCURACY, { challenger: "metrics.json" })).toContain(
      "input 'champion': 'champion.csv' holds per-example predictions but the challenger 'metrics.json' holds aggregate metrics, which cannot be compared",
    );
  });

  it("names the policy's line of a metric predictions do not give, and the one a typo meant", async () => {
    const dir = simulate({ n: 50, champion: 0.9, challenger: 0.9 }).dir;
    const stderr = await refused(
      dir,
      "metrics:\n  f1: {direction: higher, min: 0.5}\n  acuracy: {direction: higher, min: 0.5}\n",
    );
    expect(stderr).toMatch(
      /^mlops eval-gate: \S*p\.yml:3: field '\/metrics\/acuracy' is not a metric computed from predictions\. Did you mean 'accuracy'\? Use one of: accuracy, /,
    );
    expect(stderr.split("\n")).toHaveLength(2);
  });

  it("counts one row or example in the singular", async () => {
    const { dir, write } = tempDir();
    write("champion.csv", "id,label,prediction\na,1,1\n");
    write("challenger.csv", "id,label,prediction\na,1,1\nb,0,0\n");
    const { report, comment } = await gate(dir, `max-unpaired: 50%\n${ACCURACY}`);
    expect(row(report, "unpaired examples").reason).toBe(
      '50% of the examples (1 id of 2 in either file) are not in a pair: 1 challenger row without a champion row ("b")',
    );
    expect(comment).toContain("> 1 row (metrics × slices) judged at 95% confidence");
    expect(comment).toContain("only 1 example, fewer than the 30 min-samples");
    expect(comment).toContain("Paired 1 example by id; 1 row left out");
  });
});
