import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { csvTable } from "./drift-data.js";
import { flags } from "../helpers/flags.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    "git",
    [
      "-c",
      "user.name=Fixture",
      "-c",
      "user.email=f@example.com",
      "-c",
      "tag.gpgsign=false",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    {
      cwd,
      encoding: "utf8",
    },
  );

describe("drift-check at scale: profiles per shard, merged and compared", () => {
  it("profiles each shard, then compares the merged profiles with the reference, stating the error", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", csvTable({ rows: 2000, seed: 1 }));
    for (const shard of [0, 1, 2])
      write(`shards/${shard}.csv`, csvTable({ rows: 700, seed: 10 + shard, shift: 0.6, red: 0.6 }));
    for (const shard of [0, 1, 2]) {
      const run = await mlops(
        [
          "drift-check",
          "--mode",
          "profile",
          "--current",
          `shards/${shard}.csv`,
          "--reference",
          "reference.csv",
          "--report-path",
          `profiles/${shard}.json`,
          "--json",
        ],
        dir,
      );
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        drifted: "false",
        "report-path": `profiles/${shard}.json`,
        "html-path": "",
      });
    }
    const compare = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "compare",
          reference: "reference.csv",
          current: "profiles/*.json",
          "fail-step": "false",
          json: true,
        }),
      ],
      dir,
    );
    expect(compare.stderr).toContain("columns compared");
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report).toMatchObject({
      mode: "compare",
      exact: false,
      current: { kind: "profiles", rows: 2100 },
    });
    expect(report.current.files).toEqual(["profiles/0.json", "profiles/1.json", "profiles/2.json"]);
    expect(report.dataset.drifted_columns).toEqual(["x", "color", "score"]);
    const x = report.columns.find((c: { name: string }) => c.name === "x");
    expect(x.method).toBe("wasserstein");
    expect(x.tests.wasserstein.error_bound).toBeGreaterThanOrEqual(0);

    // The exact check on the same data agrees with the sketch within the stated bound.
    await mlops(
      [
        "drift-check",
        ...flags({
          reference: "reference.csv",
          current: "shards/*.csv",
          "fail-step": "false",
          "report-path": "exact.json",
        }),
      ],
      dir,
    );
    const exact = JSON.parse(readFileSync(`${dir}/exact.json`, "utf8"));
    const exactX = exact.columns.find((c: { name: string }) => c.name === "x");
    expect(
      Math.abs(exactX.tests.wasserstein.normed - x.tests.wasserstein.normed),
    ).toBeLessThanOrEqual(x.tests.wasserstein.normed_error_bound + 1e-12);
    expect(Math.abs(exactX.tests.ks.statistic - x.tests.ks.statistic)).toBeLessThanOrEqual(
      x.tests.ks.error_bound + 1e-12,
    );
  });

  it("reads the reference profile of the version in a stage from the registry", async () => {
    const { dir, write } = tempDir();
    git(dir, "init", "--quiet", "-b", "main");
    write("train.py", "print('train')\n");
    git(dir, "add", "train.py");
    git(dir, "commit", "--quiet", "-m", "Train");
    write("reference.csv", csvTable({ rows: 500, seed: 1 }));
    write("current.csv", csvTable({ rows: 500, seed: 2, shift: 1 }));
    const profiled = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "profile",
          reference: "reference.csv",
          current: "reference.csv",
          "report-path": "out/reference-profile.json",
        }),
      ],
      dir,
    );
    expect(profiled.code).toBe(0);
    const promoted = await mlops(
      [
        "promote",
        ...flags({
          model: "churn",
          version: "v1.0.0",
          stage: "prod",
          assets: "train.py, out/reference-profile.json",
        }),
      ],
      dir,
    );
    expect(promoted.code).toBe(0);

    const run = await mlops(
      [
        "drift-check",
        ...flags({ reference: "churn#prod", current: "current.csv", "fail-step": "false" }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report.reference).toEqual({
      source: "churn#prod",
      kind: "registry",
      rows: 500,
      from: "churn@v1.0.0 (reference-profile.json)",
    });
    expect(report.dataset.drifted_columns).toContain("x");

    const missing = await mlops(
      ["drift-check", ...flags({ reference: "churn#staging", current: "current.csv" })],
      dir,
    );
    expect(missing.stderr).toContain(
      "input 'reference': no version of 'churn' is in stage 'staging'",
    );
  });
});
