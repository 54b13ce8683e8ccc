import { readFileSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runRecordContract, validateContract, type RunRecord } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { flags } from "../helpers/flags.js";

const readRecord = (dir: string): RunRecord => {
  const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
  validateContract(runRecordContract, record, "run-record.json");
  return record;
};

const outputsOf = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

/** An hour ago: what an earlier run left. */
const HOUR_AGO = new Date(Date.now() - 3600_000);
const age = (...paths: string[]) => paths.forEach((path) => utimesSync(path, HOUR_AGO, HOUR_AGO));

describe("train-run records only what this run wrote", () => {
  it("does not take an earlier run's metrics file and model for this run's", async () => {
    const { dir, write } = tempDir();
    age(
      write("out/metrics.jsonl", '{"step": 1, "loss": 0.5}\n'),
      write("out/model/weights.bin", "earlier weights"),
    );
    const run = await mlops(
      [
        "train-run",
        ...flags({
          json: true,
          command: '["sh", "-c", "echo I trained nothing"]',
          "metrics-file": "out/metrics.jsonl",
          "trained-model": "out/model",
        }),
      ],
      dir,
    );
    expect(run.code).toBe(1);
    const hourAgo = HOUR_AGO.toISOString().replace(/\.\d+Z$/, "Z");
    const record = readRecord(dir);
    expect(record.error).toBe(
      `out/metrics.jsonl: was not written by this run: last modified ${hourAgo}, before it started at ${record.started_at.replace(/\.\d+Z$/, "Z")}. Check the command writes metrics-file; ` +
        `out/model: was not written by this run: last modified ${hourAgo}, before it started at ${record.started_at.replace(/\.\d+Z$/, "Z")}. Check the command saves the model at trained-model`,
    );
    expect(record).toMatchObject({ status: "failed", exit_code: 0, model: null });
    expect(record.metrics).toMatchObject({ final: {}, history: {} });
    expect(outputsOf(run.stdout)).toMatchObject({
      status: "failed",
      metrics: "{}",
      "model-digest": "",
    });
  });

  it("records a model folder's older files with the new ones, and names them in a note", async () => {
    const { dir, write } = tempDir();
    age(write("out/model/model-v1.bin", "earlier weights"));
    const run = await mlops(
      [
        "train-run",
        ...flags({
          command: '["sh", "-c", "echo weights > out/model/model-v2.bin"]',
          "trained-model": "out/model",
        }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const record = readRecord(dir);
    // The artifact must load: files copied in with their times kept are as old as leftovers.
    expect(record.model!.files.map((f) => f.path)).toEqual(["model-v1.bin", "model-v2.bin"]);
    expect(record.notes).toContain(
      "out/model: 1 file last modified before this run started, perhaps left by an earlier run, recorded and uploaded with the rest (empty the folder before training to record only what the run writes): model-v1.bin",
    );
  });

  it("takes a file written within the run, and one a run rewrote in place", async () => {
    const { dir, write } = tempDir();
    age(write("out/model.bin", "earlier weights"), write("out/m.json", '{"loss": 0.9}'));
    const rewrite = `echo weights > out/model.bin && echo '{"loss": 0.1}' > out/m.json`;
    const run = await mlops(
      [
        "train-run",
        ...flags({
          command: JSON.stringify(["sh", "-c", rewrite]),
          "metrics-file": "out/m.json",
          "trained-model": "out/model.bin",
        }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const record = readRecord(dir);
    expect(record.metrics.final).toEqual({ loss: 0.1 });
    expect(record.model!.files).toMatchObject([{ path: "out/model.bin", size_bytes: 8 }]);
    expect(record.notes.join("\n")).not.toMatch(/before this run started/);
  });
});
