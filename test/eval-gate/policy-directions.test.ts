/**
 * A policy may leave a metric's direction out where mlops knows which way is better: every
 * metric computed from predictions, and the known names of a metrics file. A metric it cannot
 * tell is refused at its name, and a direction against the metric's own at its line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { EvalReport } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** eval-gate on `files` with `policy`, the report read back where one was written. */
async function gate(files: Record<string, string>, policy: string) {
  const { dir, write } = tempDir();
  write("policy.yml", policy);
  for (const [name, text] of Object.entries(files)) write(name, text);
  const challenger = Object.keys(files).find((name) => name.startsWith("challenger"))!;
  const champion = Object.keys(files).find((name) => name.startsWith("champion"))!;
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", challenger, "--champion", champion, "--policy", "policy.yml"],
      ...["--report-path", "report.json", "--comment", "never"],
    ],
    dir,
  );
  const report =
    run.code === 0 ? (JSON.parse(readFileSync(`${dir}/report.json`, "utf8")) as EvalReport) : null;
  return { ...run, report };
}

/** 200 examples of a binary task, scored so that the two models rank them alike. */
function predictions(shift: number): string {
  const rows = Array.from({ length: 200 }, (_, i) => {
    const label = i % 2;
    const score = Math.min(1, Math.max(0, (label ? 0.7 : 0.3) + ((i % 7) - 3) * 0.05 + shift));
    return `ex-${i},${label},${score.toFixed(3)}`;
  });
  return ["id,label,score", ...rows].join("\n") + "\n";
}

describe("a policy's directions", () => {
  it("are the metrics' own on predictions where the policy leaves them out", async () => {
    const run = await gate(
      { "challenger.csv": predictions(0), "champion.csv": predictions(0.01) },
      "metrics:\n  roc_auc: {max-regression: 0.05}\n  log_loss: {max-regression: 0.5}\n",
    );
    expect(run.code).toBe(0);
    const direction = (metric: string) =>
      run.report!.rows.find((row) => row.metric === metric && row.gated && row.slice === null)!;
    expect(direction("roc_auc")).toMatchObject({ direction: "higher" });
    expect(direction("log_loss")).toMatchObject({ direction: "lower" });
  });

  it("are a metrics file's known names' own, and a name mlops cannot tell is refused at its line", async () => {
    const files = {
      "challenger.json": '{"accuracy": 0.91, "val_bleu": 31.5}\n',
      "champion.json": '{"accuracy": 0.9, "val_bleu": 30.2}\n',
    };
    const known = await gate(files, "metrics:\n  accuracy: {max-regression: 0.02}\n");
    expect(known.code).toBe(0);
    expect(known.report!.rows.find((row) => row.metric === "accuracy")).toMatchObject({
      direction: "higher",
    });
    const unknown = await gate(
      files,
      "metrics:\n  accuracy: {max-regression: 0.02}\n  val_bleu: {max-regression: 1}\n",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      "mlops eval-gate: policy.yml:3: field '/metrics/val_bleu' has no direction, which mlops cannot tell for val_bleu. Add direction: higher where higher values are better, else direction: lower",
    );
    // Given, the policy's direction judges it.
    const given = await gate(
      files,
      "metrics:\n  val_bleu: {direction: higher, max-regression: 1}\n",
    );
    expect(given.code).toBe(0);
  });
});
