/**
 * Inputs that could only give a wrong verdict, refused by `mlops eval-gate` in one line with the
 * file, line or field and the fix, exit code 1, and no report or comment written: an empty
 * predictions or metrics file (an evaluation that crashed before writing), and a rule on a metric
 * from 0 to 1 written in points, which no change could exceed.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Ten examples of a binary task, each model right on all but its `wrong` ones. */
function predictions(wrong: readonly number[]): string {
  const rows = Array.from({ length: 10 }, (_, i) => {
    const label = i % 2;
    return `ex-${i},${label},${wrong.includes(i) ? 1 - label : label},${i < 5 ? "eu" : "us"}`;
  });
  return ["id,label,prediction,region", ...rows].join("\n") + "\n";
}

const ACCURACY = "metrics:\n  accuracy: {direction: higher, max-regression: 0.02}\n";

/** The CLI's one line of error on these files, after checking it wrote nothing. */
async function refusal(files: Record<string, string>, policy = ACCURACY) {
  const { dir, write } = tempDir();
  write("policy.yml", policy);
  for (const [name, text] of Object.entries(files)) write(name, text);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
      ...["--policy", "policy.yml", "--report-path", "out/report.json"],
      ...["--comment-path", "out/comment.md"],
    ],
    dir,
  );
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(existsSync(join(dir, "out"))).toBe(false);
  return run.stderr.trim();
}

const EMPTY_FIX =
  "Check that the evaluation wrote it: per-example predictions with an id column, or the model's metrics";

describe("eval-gate on an empty file", () => {
  it("refuses an empty challenger, rather than failing every metric as missing from it", async () => {
    const line = await refusal({ "challenger.csv": "", "champion.csv": "accuracy,0.9\n" });
    expect(line).toBe(`mlops eval-gate: challenger.csv: is empty. ${EMPTY_FIX}`);
  });

  it("refuses an empty challenger beside predictions, rather than calling it aggregate metrics", async () => {
    const line = await refusal({ "challenger.csv": "\n", "champion.csv": predictions([]) });
    expect(line).toBe(`mlops eval-gate: challenger.csv: is empty. ${EMPTY_FIX}`);
  });

  it("refuses an empty champion, naming it", async () => {
    const line = await refusal({ "challenger.csv": predictions([]), "champion.csv": "" });
    expect(line).toBe(`mlops eval-gate: champion.csv: is empty. ${EMPTY_FIX}`);
  });

  it("still reads a file of a header alone as predictions with no rows", async () => {
    const header = "id,label,prediction,region\n";
    const line = await refusal({ "challenger.csv": header, "champion.csv": predictions([]) });
    expect(line).toMatch(/^mlops eval-gate: challenger\.csv: holds no predictions/);
  });
});

describe("eval-gate's rules on a metric from 0 to 1", () => {
  const files = { "challenger.csv": predictions([1, 2, 3]), "champion.csv": predictions([]) };

  it("refuses a margin written in points, which would pass a challenger 30 points worse", async () => {
    const line = await refusal(
      files,
      "metrics:\n  accuracy: {direction: higher, max-regression: 2}\n",
    );
    expect(line).toBe(
      "mlops eval-gate: policy.yml:2: field '/metrics/accuracy/max-regression' is 2, but accuracy is a share from 0 to 1, which never changes by 2 or more, so the rule would pass any change. Give the margin as a share (0.01 for 1 point), or as a percentage of the other's value such as '10%'",
    );
  });

  it("refuses a percentage that lets a share fall to 0, which any challenger passes", async () => {
    expect(
      await refusal(files, "metrics:\n  accuracy: {direction: higher, max-regression: 100%}\n"),
    ).toBe(
      "mlops eval-gate: policy.yml:2: field '/metrics/accuracy/max-regression' is 100% of the other's accuracy, which reaches 0, a share's floor, so the rule would pass any value. Give a percentage below 100%, such as '10%', or the margin as a share (0.01 for 1 point)",
    );
  });

  it("refuses a bound above 1, and the same in a slice's override", async () => {
    expect(await refusal(files, "metrics:\n  roc_auc: {direction: higher, min: 80}\n")).toBe(
      "mlops eval-gate: policy.yml:2: field '/metrics/roc_auc/min' is 80, but roc_auc is a share from 0 to 1, which never reaches it. Give the bound as a share: 0.05 for 5%",
    );
    const sliced = `slices:
  by: [region]
  overrides:
    region=eu: {f1_macro: {max-regression: 5}}
metrics:
  f1_macro: {direction: higher, max-regression: 0.05}
`;
    expect(await refusal(files, sliced)).toMatch(
      /^mlops eval-gate: policy\.yml:4: field '\/slices\/overrides\/region=eu\/f1_macro\/max-regression' is 5, but f1_macro is a share/,
    );
  });

  it("takes such numbers where a metric is not a share: a regression's error, a latency", async () => {
    const { dir, write } = tempDir();
    const rows = (shift: number) =>
      ["id,label,prediction", ...Array.from({ length: 40 }, (_, i) => `r-${i},${i},${i + shift}`)]
        .join("\n")
        .concat("\n");
    write("challenger.csv", rows(1));
    write("champion.csv", rows(1));
    write("policy.yml", "metrics:\n  mae: {direction: lower, max-regression: 2, max: 5}\n");
    const run = await mlops(
      ["eval-gate", "--challenger", "challenger.csv", "--champion", "champion.csv"].concat([
        "--policy",
        "policy.yml",
        "--report-path",
        "report.json",
        "--comment-path",
        "c.md",
      ]),
      dir,
    );
    expect(run.stdout).toMatch(/^verdict: pass$/m);
    expect(run.code).toBe(0);
  });
});

/** `predictions` with a score column, the positive class's probability. */
const scored = (text: string) =>
  text
    .split("\n")
    .map((line, i) => {
      if (line === "") return line;
      const cells = line.split(",");
      return [...cells, i === 0 ? "score" : cells[2] === "1" ? "0.9" : "0.1"].join(",");
    })
    .join("\n");

describe("eval-gate pointing at the mistake in the file or policy that holds it", () => {
  it("names the challenger's line, column and value of a third class where one score column gives two", async () => {
    const challenger = scored(predictions([])).replace("\nex-5,1,1,", "\nex-5,1,2,");
    const line = await refusal({
      "challenger.csv": challenger,
      "champion.csv": scored(predictions([])),
    });
    expect(line).toBe(
      "mlops eval-gate: challenger.csv:7: column 'prediction': '2' is a third class, after '0' and '1', but its one score column is the probability of the positive class of two. Write '0' or '1' there if the task has two classes; if it has more, give one probability column per class, named <score>_<class>, or a JSON list per row",
    );
  });

  it("refuses a direction the wrong way round at the line of the direction in the policy", async () => {
    const files = { "challenger.csv": predictions([]), "champion.csv": predictions([]) };
    const policy = "metrics:\n  accuracy:\n    max-regression: 0.02\n    direction: lower\n";
    expect(await refusal(files, policy)).toBe(
      "mlops eval-gate: policy.yml:4: field '/metrics/accuracy/direction' is lower, but higher is better for accuracy. Set the direction of accuracy to higher, or leave it out",
    );
  });

  it("says which forms a margin takes when it is neither a number nor a percentage", async () => {
    const files = { "challenger.csv": predictions([]), "champion.csv": predictions([]) };
    const policy = 'metrics:\n  accuracy: {direction: higher, max-regression: "2 points"}\n';
    expect(await refusal(files, policy)).toBe(
      `mlops eval-gate: policy.yml:2: field '/metrics/accuracy/max-regression' is the text "2 points", which does not match the pattern ^[0-9]+(\\.[0-9]+)?%$. Write a number such as 0.02, or a percentage such as '2%'`,
    );
    expect(await refusal(files, `max-unpaired: some\n${ACCURACY}`)).toMatch(
      /field '\/max-unpaired' .*\. Write a number such as 0\.01, or a percentage such as '1%'$/,
    );
  });

  it("suggests the metric that another tool's name stands for", async () => {
    const files = { "challenger.csv": predictions([]), "champion.csv": predictions([]) };
    const meant = async (name: string) => {
      const line = await refusal(files, `metrics:\n  ${name}: {direction: higher, min: 0.5}\n`);
      return /Did you mean '([^']+)'\?/.exec(line)?.[1];
    };
    expect(await meant("auc")).toBe("roc_auc");
    expect(await meant("ROC-AUC")).toBe("roc_auc");
    expect(await meant("acc")).toBe("accuracy");
    expect(await meant("p95_latency")).toBe("latency_ms_p95");
    expect(await meant("latency_p99")).toBe("latency_ms_p99");
    // A near spelling is still found where no other tool's name matches.
    expect(await meant("acuracy")).toBe("accuracy");
  });
});
