/**
 * A regression metric gated on a classifier's 0/1 labels: the gate judges it, as a regressor of
 * a 0/1 target is sound, and says in the report and the comment that the labels look like
 * classes, so that a policy that picked rmse where accuracy was meant is seen.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Forty examples; each row's label from `label(i)`, the prediction `wrong` rows off. */
function file(label: (i: number) => number, wrong: number, off: (y: number) => number) {
  const rows = Array.from({ length: 40 }, (_, i) => {
    const y = label(i);
    return `ex-${i},${y},${i < wrong ? off(y) : y}`;
  });
  return ["id,label,prediction", ...rows].join("\n") + "\n";
}

async function gate(champion: string, challenger: string, policy: string) {
  const { dir, write } = tempDir();
  write("champion.csv", champion);
  write("challenger.csv", challenger);
  write("policy.yml", policy);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
      ...["--policy", "policy.yml", "--report-path", "report.json", "--comment-path", "c.md"],
    ],
    dir,
  );
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as EvalReport;
  return { run, report, comment: readFileSync(join(dir, "c.md"), "utf8") };
}

const RMSE = "metrics:\n  rmse: {direction: lower, max-regression: 0.5}\n";
const CLASSES_NOTE =
  "The labels hold only 0 and 1, the classes of a binary classifier, and rmse is judged on them as regression: if the model classifies, gate a classification metric (accuracy, f1, or roc_auc on the score column) instead";

describe("eval-gate judging a regression metric on labels of 0 and 1", () => {
  it("judges it, and notes in the report and the comment that the labels look like classes", async () => {
    const flip = (y: number) => 1 - y;
    const { run, report, comment } = await gate(
      file((i) => i % 2, 4, flip),
      file((i) => i % 2, 2, flip),
      RMSE,
    );
    expect(run.code).toBe(0);
    expect(report.verdict).toBe("pass");
    expect(report.notes).toContain(CLASSES_NOTE);
    // Markdown escapes the underscore of roc_auc; the sentence reads the same.
    expect(comment).toContain(`> ${CLASSES_NOTE.replace("roc_auc", "roc\\_auc")}`);
  });

  it("says nothing of classes where the labels are numbers of a regression", async () => {
    const { report } = await gate(
      file(
        (i) => i * 1.5,
        4,
        (y) => y + 1,
      ),
      file(
        (i) => i * 1.5,
        2,
        (y) => y + 1,
      ),
      RMSE,
    );
    expect(report.notes.some((note) => note.includes("binary classifier"))).toBe(false);
  });

  it("says nothing of classes where the labels are all 0, with no second class", async () => {
    const { report } = await gate(
      file(
        () => 0,
        4,
        () => 0.5,
      ),
      file(
        () => 0,
        2,
        () => 0.5,
      ),
      RMSE,
    );
    expect(report.notes.some((note) => note.includes("binary classifier"))).toBe(false);
  });
});
