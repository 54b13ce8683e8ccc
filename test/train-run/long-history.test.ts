import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runRecordContract, validateContract, type RunRecord } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * A fine-tune that logs five metrics at each of 200,000 steps; its loss is lowest at step 123,457
 * and highest at step 77, neither of them a step that even spacing would keep.
 */
const LONG_RUN = `const lines = [];
for (let step = 1; step <= 200000; step++) {
  const loss = step === 123457 ? 0.001 : step === 77 ? 9 : 2 / Math.sqrt(step) + 0.01;
  lines.push(JSON.stringify({ step, loss, lr: 1e-4, acc: 1 - loss / 3, grad_norm: 1.5, tokens_per_s: 5123.25 }));
}
require("fs").writeFileSync("metrics.jsonl", lines.join("\\n") + "\\n");`;

it("keeps 1,000 points of each long history, its first, last, lowest and highest among them", async () => {
  const { dir } = tempDir();
  const command = JSON.stringify([process.execPath, "-e", LONG_RUN]);
  const run = await mlops(
    ["train-run", "--command", command, "--metrics-file", "metrics.jsonl"],
    dir,
  );
  expect(run.code).toBe(0);
  const path = join(dir, "mlops-out/run-record.json");
  const record: RunRecord = JSON.parse(readFileSync(path, "utf8"));
  validateContract(runRecordContract, record, "run-record.json");
  // Every step, pretty-printed, is over 70 MB: past the 64 MiB that dispatch mode fetches.
  expect(statSync(path).size).toBeLessThan(2 ** 20);
  const { history, final } = record.metrics;
  expect(Object.keys(history)).toEqual(["loss", "lr", "acc", "grad_norm", "tokens_per_s"]);
  for (const points of Object.values(history)) expect(points).toHaveLength(1000);
  const loss = history.loss!;
  const steps = loss.map((p) => p.step);
  expect(steps.slice(0, 1)).toEqual([1]);
  expect(steps.at(-1)).toBe(200000);
  expect(steps).toContain(123457);
  expect(steps).toContain(77);
  for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]!);
  // Evenly spread: no gap much wider than 200 steps.
  expect(Math.max(...steps.slice(1).map((step, i) => step - steps[i]!))).toBeLessThan(250);
  expect(final.loss).toBeCloseTo(2 / Math.sqrt(200000) + 0.01, 12);
  expect(record.notes).toContain(
    "metrics.jsonl: the histories of loss (200,000 points), lr (200,000 points), acc (200,000 points), grad_norm (200,000 points), tokens_per_s (200,000 points) kept as 1,000 points each in the record (the first, the last, the lowest, the highest and evenly spaced ones between); the metrics file holds every point",
  );
}, 120_000);
