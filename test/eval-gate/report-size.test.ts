import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  evalReportContract,
  renderComment,
  validateContract,
  type EvalReport,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Two metrics files of `count` metrics each, and a policy that gates two of them. */
function manyMetrics(count: number) {
  const folder = tempDir();
  const random = seededRandom(7);
  const values = () =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`metric_${i}`, Math.round(random() * 1e4) / 1e4]),
    );
  folder.write("challenger.json", JSON.stringify(values(), null, 2));
  folder.write("champion.json", JSON.stringify(values(), null, 2));
  folder.write(
    "policy.yml",
    "metrics:\n  metric_0:\n    direction: higher\n    min: 0\n  metric_1:\n    direction: higher\n    max: 1\n",
  );
  return folder;
}

const gate = (dir: string) =>
  mlops(
    [
      "eval-gate",
      ...["--challenger", "challenger.json", "--champion", "champion.json"],
      ...["--policy", "policy.yml", "--json"],
    ],
    dir,
  );

describe("the eval report of a large metrics file", () => {
  it("stays within three times the size of the two files it compares", async () => {
    // Before ungated rows were compact, 5,000 metrics made a report 6.6 times the inputs.
    const { dir } = manyMetrics(5000);
    expect((await gate(dir)).code).toBe(0);
    const inputs = statSync(`${dir}/challenger.json`).size + statSync(`${dir}/champion.json`).size;
    const report = statSync(`${dir}/mlops-out/eval-report.json`).size;
    expect(report / inputs).toBeLessThan(3);
  });

  it("still gives every metric a row, an ungated one with its values only", async () => {
    const { dir } = manyMetrics(3);
    await gate(dir);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/eval-report.json`, "utf8"));
    expect(report.rows.map((row: { metric: string }) => row.metric)).toEqual([
      "metric_0",
      "metric_1",
      "metric_2",
    ]);
    expect(Object.keys(report.rows[2])).toEqual(["metric", "gated", "champion", "challenger"]);
    expect(report.counts).toEqual({ pass: 2, fail: 0, inconclusive: 0, skipped: 0, info: 1 });
  });

  it("reads a report written with full ungated rows, as before, and renders it the same", async () => {
    const { dir } = manyMetrics(3);
    await gate(dir);
    const compact = JSON.parse(readFileSync(`${dir}/mlops-out/eval-report.json`, "utf8"));
    const [champion, challenger] = [compact.rows[2].champion, compact.rows[2].challenger];
    const delta = challenger - champion;
    const old: EvalReport = {
      ...compact,
      rows: [
        ...compact.rows.slice(0, 2),
        {
          metric: "metric_2",
          slice: null,
          gated: false,
          direction: null,
          champion,
          challenger,
          delta,
          relative_delta: delta / Math.abs(champion),
          rule: "not in the policy",
          checks: [],
          status: "info",
          reason: null,
        },
      ],
    };
    expect(validateContract(evalReportContract, old, "old report")).toBe(old);
    expect(renderComment(old)).toBe(renderComment(compact));
  });
});
