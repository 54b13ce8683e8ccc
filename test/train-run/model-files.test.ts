import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runRecordContract, validateContract, type RunRecord } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const readRecord = (dir: string): RunRecord => {
  const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
  validateContract(runRecordContract, record, "run-record.json");
  return record;
};

/** train-run of a command that writes nothing, whose model is what the test left at `model`. */
const recordModel = (dir: string, model: string) =>
  mlops(["train-run", "--command", '["true"]', "--trained-model", model], dir);

describe("the model train-run records never comes through a symbolic link", () => {
  it("does not follow a model file that is a link, and says how to save the file itself", async () => {
    const { dir, write } = tempDir();
    const secret = write("outside/passwd", "root:x:0:0");
    symlinkSync(secret, join(dir, "model.pkl"));
    const run = await recordModel(dir, "model.pkl");
    expect(run.code).toBe(1);
    const error = `model.pkl: is a symbolic link to ${secret}, which train-run does not follow. Save the model file or folder itself at trained-model`;
    expect(run.stderr).toContain(`train-run failed: ${error}`);
    expect(readRecord(dir)).toMatchObject({ status: "failed", exit_code: 0, model: null, error });
  });

  it("does not follow a model folder that is a link", async () => {
    const { dir, write } = tempDir();
    write("outside/certs/ca.pem", "certificate");
    symlinkSync(join(dir, "outside"), join(dir, "mdir"));
    const run = await recordModel(dir, "mdir");
    expect(run.code).toBe(1);
    expect(readRecord(dir)).toMatchObject({ model: null });
    expect(readRecord(dir).error).toMatch(
      /^mdir: is a symbolic link to .*outside, which train-run/,
    );
  });

  it("says a folder of links only (a Hugging Face cache snapshot) holds no model file", async () => {
    const { dir, write } = tempDir();
    write("hub/blobs/abc", "weights");
    mkdirSync(join(dir, "hub/snap"));
    symlinkSync("../blobs/abc", join(dir, "hub/snap/model.safetensors"));
    const run = await recordModel(dir, "hub/snap");
    expect(run.code).toBe(1);
    expect(readRecord(dir).error).toBe(
      "hub/snap: holds only symbolic links, which are not followed (model.safetensors): no model file. Save the model's files themselves there, under UTF-8 names (a Hugging Face cache snapshot only links to its blobs: save the model with save_pretrained, or copy the snapshot with cp -rL)",
    );
  });
});

// macOS file systems refuse names that are not UTF-8.
describe.skipIf(process.platform !== "linux")("model files whose names are not UTF-8", () => {
  it("records the rest of the folder, and names them escaped in a note", async () => {
    const { dir } = tempDir();
    const command = JSON.stringify([
      process.execPath,
      "-e",
      `const fs = require("fs"); fs.mkdirSync("lat/sub", { recursive: true });
fs.writeFileSync(Buffer.from("lat/caf\\xe9.bin", "latin1"), "x"); fs.writeFileSync("lat/sub/ok.bin", "y");`,
    ]);
    const run = await mlops(["train-run", "--command", command, "--trained-model", "lat"], dir);
    expect(run.code).toBe(0);
    const record = readRecord(dir);
    expect(record.model!.files.map((f) => f.path)).toEqual(["sub/ok.bin"]);
    expect(record.notes).toContain(
      "lat: files whose names are not UTF-8 not hashed nor uploaded, as no record or artifact can name them (rename them to record them): caf\\xe9.bin",
    );
  });

  it("fails a folder holding only such files, naming them", async () => {
    const { dir } = tempDir();
    mkdirSync(join(dir, "lat"));
    writeFileSync(Buffer.from(`${dir}/lat/caf\xe9.bin`, "latin1"), "x");
    const run = await recordModel(dir, "lat");
    expect(run.code).toBe(1);
    expect(readRecord(dir).error).toMatch(
      /^lat: holds only files whose names are not UTF-8, which no record can name \(caf\\xe9\.bin\): no model file\. Save/,
    );
  });
});

describe("a model train-run did not find", () => {
  it("is told, after a command that crashed, as the crash's consequence: the crash leads", async () => {
    const { dir } = tempDir();
    // A script that fails at import, before it could save anything.
    const crash = `console.error('Traceback (most recent call last):');
console.error('  File "train.py", line 2, in <module>');
console.error("ModuleNotFoundError: No module named 'torchh'"); process.exit(1);`;
    const command = JSON.stringify([process.execPath, "-e", crash]);
    const run = await mlops(
      [
        "train-run",
        ...["--command", command, "--trained-model", "out/model"],
        ...["--metrics-file", "out/metrics.jsonl"],
      ],
      dir,
    );
    expect(run.code).toBe(1);
    const record = readRecord(dir);
    expect(record.error).toBe(
      `the command exited with code 1, its last lines on stderr: Traceback (most recent call last): | File "train.py", line 2, in <module> | ModuleNotFoundError: No module named 'torchh'`,
    );
    expect(record.notes).toEqual(
      expect.arrayContaining([
        "out/metrics.jsonl: was not written by the command (the command failed)",
        "out/model: was not written by the command (the command failed)",
      ]),
    );
    expect(run.stderr).not.toContain("Check trained-model");
  });

  it("is told, after a command that exited 0, with where to look: trained-model", async () => {
    const { dir } = tempDir();
    const run = await recordModel(dir, "out/model");
    expect(run.code).toBe(1);
    expect(readRecord(dir)).toMatchObject({
      status: "failed",
      exit_code: 0,
      error:
        "out/model: was not written by the command. Check trained-model is where it saves the model",
    });
  });
});
