/**
 * eval-gate refusing a metric name of the gate policy at its line, before any file is judged:
 * an operating point written with an average or a class after it (`recall_at_precision_90_macro`)
 * is told the one name that gates it, while every metric whose name holds such a word is taken
 * as before; a name comes from a pull request and may be of any length, so every refusal that
 * echoes it cuts it, and still names the line and the field of the policy that is wrong.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy, MetricError, metricDefinition } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Forty transactions of two classes, 1 a fraud, each with a score and an example score. */
const PREDICTIONS = `id,label,score,caught,region\n${Array.from(
  { length: 40 },
  (_, i) =>
    `tx${i},${i % 4 === 0 ? 1 : 0},${((i * 37) % 100) / 100},${i % 2},${i % 2 ? "eu" : "us"}`,
).join("\n")}\n`;

/**
 * Runs eval-gate on two predictions files (`csv`) or two metrics files (`json`) under a policy
 * of `body`, which starts on line 2.
 */
async function gate(body: string, files: "csv" | "json" = "csv") {
  const { dir, write } = tempDir();
  for (const model of ["challenger", "champion"]) {
    write(`${model}.${files}`, files === "csv" ? PREDICTIONS : '{"accuracy": 0.9}\n');
  }
  write("policy.yml", `schema: mlops.gate-policy/v1\n${body}`);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", `challenger.${files}`, "--champion", `champion.${files}`],
      ...["--policy", "policy.yml", "--report-path", "report.json", "--comment", "never"],
    ],
    dir,
  );
  return { ...run, reported: existsSync(join(dir, "report.json")) };
}

/** The policy gating `name` alone, higher is better, on line 3. */
const gating = (name: string, rule = "max-regression: 0.02") =>
  `metrics:\n  ${name}: { direction: higher, ${rule} }\n`;

/** What an operating point's name gates, as each refusal of an added word says it. */
const gates = (meant: string) =>
  `${meant} gates the positive class of two classes (input 'positive-label'), and of more, the macro average of each class against the rest`;

describe("an operating point named with an average or a class after it", () => {
  it.each([
    [
      "recall_at_precision_90_macro",
      `names a macro average, which the name without it already gives of more than two classes: ${gates("recall_at_precision_90")}. Write recall_at_precision_90`,
    ],
    [
      "macro_recall_at_precision_90",
      `names a macro average, which the name without it already gives of more than two classes: ${gates("recall_at_precision_90")}. Write recall_at_precision_90`,
    ],
    [
      "recall_at_precision_90_binary",
      `names the binary form, which the name without it already gives of two classes: ${gates("recall_at_precision_90")}. Write recall_at_precision_90`,
    ],
    [
      "precision_at_recall_80_weighted",
      `names a weighted average, which no operating point is computed as: ${gates("precision_at_recall_80")}. Write precision_at_recall_80`,
    ],
    [
      "recall_at_precision_90_micro",
      `names a micro average, which no operating point is computed as: ${gates("recall_at_precision_90")}. Write recall_at_precision_90`,
    ],
    [
      "recall_at_precision_95_fraud",
      `names 'fraud' after its target, and the name takes no class: ${gates("recall_at_precision_95")}. Write recall_at_precision_95`,
    ],
    [
      "recall_at_precision_0.9_macro",
      "writes the target precision as a fraction (0.9), and the name takes a percent, where 0.9 would read as 0.9%. Write it as recall_at_precision_90",
    ],
    [
      "precision_at_recall_100_weighted",
      "holds recall at 100%, so that the single positive example scored lowest sets the threshold, and one mislabelled or hard positive pulls the precision down to about the share of positives. Write a percent from 2 to 99.99, its decimal point written p, as precision_at_recall_99",
    ],
    [
      "recall_at_precision_99p5_fraud",
      `names 'fraud' after its target, and the name takes no class: ${gates("recall_at_precision_99p5")}. Write recall_at_precision_99p5`,
    ],
    [
      "recall_at_precision_99_5",
      `names '5' after its target, and the name takes no class, nor decimals after an underscore: ${gates("recall_at_precision_99")}. Write recall_at_precision_99, or recall_at_precision_99p5 for the target with its decimals`,
    ],
    [
      "recall_at_precision_99p50_macro",
      "writes its target with a trailing zero, so one metric would have two names in the report. Write it as recall_at_precision_99p5",
    ],
  ])("refuses %s at its line with the name that gates it", async (name, says) => {
    const { code, stderr, reported } = await gate(gating(name));
    expect(code).toBe(1);
    expect(reported).toBe(false);
    expect(stderr).toBe(`mlops eval-gate: policy.yml:3: field '/metrics/${name}' ${says}\n`);
  });

  it("gates the name it is told to write, on the same files", async () => {
    // Ten frauds: min-samples lowered to them, so that the row is judged.
    const { code, reported } = await gate(`min-samples: 5\n${gating("recall_at_precision_90")}`);
    expect(code).toBe(0);
    expect(reported).toBe(true);
  });

  it("is a name like any other in metrics files, compared as written", async () => {
    const { code, stderr, reported } = await gate(gating("recall_at_precision_90_macro"), "json");
    // Neither file has it: the gate fails on the missing value, not on the name.
    expect(code).toBe(1);
    expect(reported).toBe(true);
    expect(stderr).toContain(
      "recall_at_precision_90_macro: is missing from the challenger's metrics (challenger.json)",
    );
  });

  it("is a MetricError naming the metric where the registry is asked for it alone", () => {
    expect(failureLine(() => metricDefinition("precision_at_recall_80_micro"), MetricError)).toBe(
      `metric 'precision_at_recall_80_micro': names a micro average, which no operating point is computed as: ${gates("precision_at_recall_80")}. Write precision_at_recall_80`,
    );
  });
});

describe("a name that holds an average's or a class's word and is a metric is taken", () => {
  /** The policy gating `name` alone, read as eval-gate reads it: on predictions when given. */
  const load = (name: string, predictions?: { exampleScores: string[] }) =>
    loadPolicy(
      tempDir().write("policy.yml", `schema: mlops.gate-policy/v1\n${gating(name)}`),
      "policy.yml",
      predictions,
    );

  it.each([
    ["f1_macro", []],
    ["precision_weighted", []],
    ["recall_micro", []],
    ["recall_at_precision_90", []],
    ["precision_at_recall_80", []],
    ["top_3_accuracy", []],
    ["recall_at_precision_90_macro_mean", ["recall_at_precision_90_macro"]],
    ["precision_at_recall_80_fraud_mean", ["precision_at_recall_80_fraud"]],
    ["macro_recall_at_precision_90_mean", ["macro_recall_at_precision_90"]],
    ["samples_mean", ["samples"]],
  ])("on predictions: %s, per-example scores %j", (name, exampleScores) => {
    expect(Object.keys(load(name, { exampleScores }).metrics)).toEqual([name]);
  });

  it("asks for the column of a per-example score's mean that is not read, not of the average", () => {
    expect(
      failureLine(() => load("recall_at_precision_90_macro_mean", { exampleScores: ["judge"] })),
    ).toBe(
      "policy.yml:3: field '/metrics/recall_at_precision_90_macro_mean' is the mean of a per-example score column 'recall_at_precision_90_macro' only where input 'example-scores' names that column, and it names 'judge'. Add 'recall_at_precision_90_macro' to input 'example-scores' (a column of numbers in both predictions files), or gate a metric computed from predictions, such as accuracy or roc_auc",
    );
  });

  it.each(["recall_at_precision_95_fraud", "precision_at_recall_80_weighted", "f1_samples"])(
    "in metrics files, where a name is any key the files hold: %s",
    (name) => {
      expect(Object.keys(load(name).metrics)).toEqual([name]);
    },
  );
});

/** A name of 100,000 characters, as a pull request may write one, and as refusals show it. */
const LONG = "m".repeat(100_000);
const CUT = `${"m".repeat(59)}…`;
const NAME_60 = "n".repeat(60);

describe("a metric name of 100,000 characters is cut wherever a refusal of the policy echoes it", () => {
  /** The one line of `stderr`, which says where the field is: the policy's line, and its pointer. */
  function refusal(stderr: string, at: string): string {
    expect(stderr.endsWith("\n")).toBe(true);
    const line = stderr.slice(0, -1);
    expect(line).not.toContain("\n");
    expect(line.startsWith(`mlops eval-gate: policy.yml:${at}: field '/`)).toBe(true);
    return line;
  }

  /**
   * Each refusal at the line of the name, found by the whole name, and with the name of 100,000
   * characters as long as with one of 60 (`NAME_60`, as long as the cut). Most fit in 300; the
   * method's and the class's name the metric twice, in the field and in the text.
   */
  it.each([
    [
      "its rule's field of a type not allowed",
      (n: string) => gating(n, "min: lots"),
      "csv",
      3,
      300,
    ],
    [
      "its direction not allowed",
      (n: string) => `metrics:\n  ${n}: { direction: up }\n`,
      "csv",
      3,
      300,
    ],
    [
      "both margins",
      (n: string) => gating(n, "max-regression: 0.02, min-improvement: 0.01"),
      "json",
      3,
      300,
    ],
    [
      "an override of a metric the policy lacks",
      (n: string) =>
        `slices:\n  by: [region]\n  overrides:\n    region=eu:\n      ${n}: { min: 0.5 }\n${gating("accuracy")}`,
      "csv",
      6,
      300,
    ],
    [
      "a method that does not fit it",
      (n: string) =>
        `metrics:\n  accuracy: { direction: higher, max-regression: 0.02 }\n  ${n}: { direction: higher, max-regression: 0.02, method: mcnemar }\n`,
      "json",
      4,
      450,
    ],
    [
      "a class after an operating point's target",
      (n: string) => gating(`recall_at_precision_90_${n}`),
      "csv",
      3,
      450,
    ],
  ] as const)(
    "on %s: cut as a name of 60 characters, and bounded",
    async (_, policy, files, at, under) => {
      const long = await gate(policy(LONG), files);
      expect(long.code).toBe(1);
      expect(long.reported).toBe(false);
      const line = refusal(long.stderr, String(at));
      expect(line).toMatch(/^[^']*'\/[^']*…[^']*' /);
      expect(line).not.toContain("m".repeat(60));
      const short = await gate(policy(NAME_60), files);
      expect(line.length).toBe(refusal(short.stderr, String(at)).length);
      expect(line.length).toBeLessThan(under);
    },
  );

  it("names the field and its line: the rule's method, under the name cut", async () => {
    const { stderr } = await gate(
      `metrics:\n  accuracy: { direction: higher, max-regression: 0.02 }\n  ${LONG}: { direction: higher, max-regression: 0.02, method: delong }\n`,
      "json",
    );
    expect(refusal(stderr, "4")).toBe(
      `mlops eval-gate: policy.yml:4: field '/metrics/${CUT}/method' is delong, which tests a binary ROC AUC, not ${CUT}. Use method auto or bootstrap for this metric`,
    );
  });

  it("lists the metrics for an unknown name as for a short one, the name cut in the field", async () => {
    const short = await gate(gating("mystery"));
    const long = await gate(gating(LONG));
    expect(long.code).toBe(1);
    expect(refusal(long.stderr, "3")).toBe(
      refusal(short.stderr, "3").replace("/metrics/mystery'", `/metrics/${CUT}'`),
    );
  });

  it("cuts a per-example score's name where its direction is turned round", async () => {
    const { dir, write } = tempDir();
    const header = PREDICTIONS.replace(",caught,", `,${LONG},`);
    write("challenger.csv", header);
    write("champion.csv", header);
    write(
      "policy.yml",
      `schema: mlops.gate-policy/v1\nmetrics:\n  ${LONG}_mean: { direction: lower, max-regression: 0.02 }\n`,
    );
    const { code, stderr } = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
        ...["--policy", "policy.yml", "--example-scores", LONG, "--comment", "never"],
      ],
      dir,
    );
    expect(code).toBe(1);
    expect(refusal(stderr, "3")).toBe(
      `mlops eval-gate: policy.yml:3: field '/metrics/${CUT}/direction' is lower, but higher is better for ${CUT}. Set the direction of ${CUT} to higher, or leave it out`,
    );
  });
});

describe("a long key of the policy as a refusal's field shows it", () => {
  /** The one line of the refusal of the policy `text`, read as a file named policy.yml. */
  const refusalOf = (text: string) =>
    failureLine(() => loadPolicy(tempDir().write("policy.yml", text), "policy.yml"));
  const impossible = "{ direction: higher, min: 0.9, max: 0.8 }";
  const says = "has min 0.9 above max 0.8. No value could pass; swap or fix the bounds";

  it("cuts the key as written and escapes it after, so that no escape is cut in two", () => {
    // The 59th character, the last kept, is a slash: `~1` whole before the ellipsis.
    const name = `a~b/${"x".repeat(54)}/${"y".repeat(1000)}`;
    expect(refusalOf(`metrics:\n  ${name}: ${impossible}\n`)).toBe(
      `policy.yml:2: field '/metrics/a~0b~1${"x".repeat(54)}~1…' ${says}`,
    );
  });

  it("tells apart two names alike in their first 59 characters by the line of each", () => {
    const alike = "z".repeat(59);
    expect(
      refusalOf(
        `metrics:\n  ${alike}one: { direction: higher, min: 0.5 }\n  ${alike}two: ${impossible}\n`,
      ),
    ).toBe(`policy.yml:3: field '/metrics/${alike}…' ${says}`);
  });

  it("leaves a key of 60 characters whole", () => {
    expect(refusalOf(`metrics:\n  ${NAME_60}: ${impossible}\n`)).toBe(
      `policy.yml:2: field '/metrics/${NAME_60}' ${says}`,
    );
  });
});
