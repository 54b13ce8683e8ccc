import { chmodSync, existsSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runRecordContract, validateContract, type RunRecord } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { goneWithin, isGone } from "./process-state.js";
import { flags } from "../helpers/flags.js";

const node = process.execPath;
const train = `${repoRoot}test/fixtures/train/train.mjs`;
const sleeper = `${repoRoot}test/fixtures/train/sleep-with-child.mjs`;

const readRecord = (dir: string): RunRecord => {
  const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
  validateContract(runRecordContract, record, "run-record.json");
  return record;
};

const outputsOf = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

describe("train-run runs a real training command and records it", () => {
  it("records params, the loss history, the model's digests, the machine and the exit code", async () => {
    const { dir } = tempDir();
    const args = [
      "train-run",
      "--json",
      "--command",
      JSON.stringify([node, train, "metrics.jsonl", "model"]),
    ];
    const run = await mlops(
      [
        ...args,
        ...flags({
          params: "{lr: 0.5, epochs: 200, log_every: 20}",
          "metrics-file": "metrics.jsonl",
          "trained-model": "model",
          "data-digests": "a".repeat(64),
        }),
      ],
      dir,
    );
    expect(run.stderr).toContain("step 200 loss");
    expect(run.code).toBe(0);
    const outputs = outputsOf(run.stdout);
    const record = readRecord(dir);
    expect(outputs).toMatchObject({
      status: "succeeded",
      "run-id": record.run_id,
      "record-path": "mlops-out/run-record.json",
    });
    expect(outputs["artifact-name"]).toBe(`train-run-${record.run_id}`);
    expect(JSON.parse(outputs.metrics)).toEqual(record.metrics.final);
    expect(record).toMatchObject({ status: "succeeded", exit_code: 0, signal: null, error: null });
    expect(record.params).toEqual({ lr: 0.5, epochs: 200, log_every: 20 });
    const loss = record.metrics.history.loss!;
    expect(loss.map((p) => p.step)).toEqual([1, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    expect(loss.at(-1)!.value).toBeLessThan(loss[0]!.value / 5);
    for (let i = 1; i < loss.length; i++) expect(loss[i]!.value).toBeLessThan(loss[i - 1]!.value);
    expect(record.metrics.final.accuracy).toBeGreaterThan(0.95);
    expect(record.model!.files.map((f) => f.path)).toEqual(["meta.json", "weights.json"]);
    expect(record.model!.digest).toBe(outputs["model-digest"]);
    expect(record.model!.files[1]!.size_bytes).toBe(statSync(join(dir, "model/weights.json")).size);
    expect(record.data_digests).toEqual(["a".repeat(64)]);
    expect(record.environment.node).toBe(process.version);
    expect(record.environment.cpu.count).toBeGreaterThan(0);
    expect(record.gpu).toBeNull();
    expect(record.notes.join()).toMatch(/nvidia-smi/);
    expect(existsSync(join(dir, "mlops-out/run-record.params.json"))).toBe(true);
  });

  it("says on the command line, which uploads no artifact, where the record and model files are", async () => {
    const { dir } = tempDir();
    const run = await mlops(
      [
        "train-run",
        ...flags({
          command: JSON.stringify([node, train, "metrics.jsonl", "model"]),
          "metrics-file": "metrics.jsonl",
          "trained-model": "model",
        }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const { run_id } = readRecord(dir);
    expect(run.stdout).toContain(
      `\nartifact-name: train-run-${run_id} (not uploaded: only the GitHub action uploads artifacts; the files are on disk: mlops-out/run-record.json, mlops-out/run-record.params.json, model/meta.json, model/weights.json)\n`,
    );
    // The output itself is the artifact's name, as the action gives it.
    const json = await mlops(
      ["train-run", "--json", ...flags({ command: JSON.stringify([node, "-e", ""]) })],
      dir,
    );
    expect(outputsOf(json.stdout)["artifact-name"]).toBe(`train-run-${readRecord(dir).run_id}`);
  });

  it("stops the command and its process group at the timeout, and records timed-out", async () => {
    const { dir } = tempDir();
    const pids = join(dir, "pids.json");
    const run = await mlops(
      [
        "train-run",
        ...flags({ json: true, command: JSON.stringify([node, sleeper, pids]), timeout: "1.5s" }),
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /timed-out: the command ran past its timeout of 1\.5s and was stopped, with its process group/,
    );
    const { parent, child } = JSON.parse(readFileSync(pids, "utf8"));
    expect(isGone(parent)).toBe(true);
    expect(isGone(child)).toBe(true);
    const record = readRecord(dir);
    expect(record).toMatchObject({
      status: "timed-out",
      exit_code: null,
      signal: "SIGTERM",
      timeout_s: 1.5,
    });
    expect(outputsOf(run.stdout).status).toBe("timed-out");
  }, 20_000);

  // Found by the mark in its environment, which only Linux's /proc shows.
  it.skipIf(!existsSync("/proc/self/environ"))(
    "stops a process that left the group (setsid, a daemon) at the timeout too",
    async () => {
      const { dir } = tempDir();
      const pid = join(dir, "pid");
      // detached: true is setsid(): the process leads a session, and a group, of its own.
      const script = `const c = require("child_process").spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { detached: true, stdio: "ignore" });
require("fs").writeFileSync(${JSON.stringify(pid)}, String(c.pid)); setInterval(() => {}, 1000);`;
      const run = await mlops(
        ["train-run", ...flags({ command: JSON.stringify([node, "-e", script]), timeout: "1s" })],
        dir,
      );
      const left = Number(readFileSync(pid, "utf8"));
      try {
        expect(run.stderr).toMatch(/was stopped, with its process group/);
        // Found by its mark and killed; the kernel may still be tearing it down as the run ends.
        expect(await goneWithin(left)).toBe(true);
      } finally {
        if (!isGone(left)) process.kill(left, "SIGKILL");
      }
    },
    20_000,
  );

  it("records a crash with its exit code and last lines of stderr, and fails the step after writing the record", async () => {
    const { dir } = tempDir();
    // The end of a Python traceback: where it crashed, and why.
    const crash = `console.log('loading'); console.error('Traceback (most recent call last):');
console.error('  File "train.py", line 40, in <module>'); console.error('');
console.error('torch.OutOfMemoryError: CUDA out of memory'); process.exit(1);`;
    const run = await mlops(["train-run", "--command", JSON.stringify([node, "-e", crash])], dir);
    expect(run.code).toBe(1);
    const error =
      'the command exited with code 1, its last lines on stderr: Traceback (most recent call last): | File "train.py", line 40, in <module> | torch.OutOfMemoryError: CUDA out of memory';
    expect(run.stderr.split("\n")).toContain(`mlops train-run: train-run failed: ${error}`);
    expect(readRecord(dir)).toMatchObject({ status: "failed", exit_code: 1, error });
  });

  it("records a command killed by a signal", async () => {
    const { dir } = tempDir();
    const run = await mlops(
      [
        "train-run",
        "--command",
        JSON.stringify([node, "-e", "process.kill(process.pid, 'SIGKILL')"]),
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(readRecord(dir)).toMatchObject({ status: "failed", exit_code: null, signal: "SIGKILL" });
  });

  it("names a command that does not exist, in one line, and still writes the record", async () => {
    const { dir } = tempDir();
    const run = await mlops(["train-run", "--command", "no-such-trainer-xyz\n--epochs\n3"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("command 'no-such-trainer-xyz' was not found (ENOENT)");
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(readRecord(dir)).toMatchObject({
      status: "failed",
      exit_code: null,
      command: { argv: ["no-such-trainer-xyz", "--epochs", "3"] },
    });
  });

  it("tells a command written as one argument with spaces to give one argument a line", async () => {
    const { dir } = tempDir();
    const run = await mlops(["train-run", "--command", JSON.stringify(["python train.py"])], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /command 'python train\.py' was not found \(ENOENT\): it is one argument\. Give one argument a line, such as python and train\.py on two lines, or set input 'shell' to true \(--shell on the command line\)$/m,
    );
    const script = await mlops(["train-run", "--shell", "--command", "echo one\necho two"], dir);
    expect(script.stderr).toMatch(/: sh -c echo one\necho two\n/);
  });

  it("keeps the history of a stopped run whose log's last line was cut off, and notes it", async () => {
    const { dir } = tempDir();
    const write = `const fs = require("fs");
fs.writeFileSync("m.jsonl", '{"step": 1, "loss": 0.9}\\n{"step": 2, "loss": 0.5}\\n{"step": 3, "lo');
process.exit(2);`;
    const run = await mlops(
      ["train-run", "--command", JSON.stringify([node, "-e", write]), "--metrics-file", "m.jsonl"],
      dir,
    );
    expect(run.code).toBe(1);
    const record = readRecord(dir);
    expect(record.error).toBe("the command exited with code 2");
    expect(record.metrics.history.loss!.map((p) => p.step)).toEqual([1, 2]);
    expect(record.metrics.final).toEqual({ loss: 0.5 });
    expect(record.notes.join("\n")).toMatch(/m\.jsonl:3: the last line was cut off/);
  });

  it("records a run whose loss diverged to the NaN Python writes as succeeded, naming the NaN", async () => {
    const { dir } = tempDir();
    // What `json.dumps({"step": 2, "loss": float("nan"), ...})` writes: a bare NaN, not JSON.
    const write = `require("fs").writeFileSync("m.jsonl",
  '{"step": 1, "loss": 0.9, "accuracy": 0.6}\\n{"step": 2, "loss": NaN, "accuracy": 0.5}\\n');`;
    const run = await mlops(
      ["train-run", "--command", JSON.stringify([node, "-e", write]), "--metrics-file", "m.jsonl"],
      dir,
    );
    expect(run.code).toBe(0);
    const record = readRecord(dir);
    expect(record).toMatchObject({ status: "succeeded", error: null });
    expect(record.metrics.final).toEqual({ accuracy: 0.5 });
    expect(record.metrics.history.loss).toEqual([{ step: 1, value: 0.9 }]);
    expect(record.notes).toContain(
      "m.jsonl: not recorded, as not finite numbers: 'loss' is 'NaN' (line 2)",
    );
  });

  it("warns on stderr of a metric left out for its NaN, also under --json", async () => {
    const { dir } = tempDir();
    const write = `require("fs").writeFileSync("m.yaml", "loss: .nan\\naccuracy: 0.5\\n");`;
    const command = JSON.stringify([node, "-e", write]);
    const run = await mlops(
      ["train-run", "--json", ...flags({ command, "metrics-file": "m.yaml" })],
      dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(outputsOf(run.stdout).metrics)).toEqual({ accuracy: 0.5 });
    expect(run.stderr).toContain(
      "warning: m.yaml: not recorded, as not finite numbers: 'loss' is 'NaN' (line 1)\n",
    );
  });

  it("notes the symbolic links in a model folder, which it neither hashes nor uploads", async () => {
    const { dir, write } = tempDir();
    write("model/weights.bin", "w");
    symlinkSync("/etc/hostname", join(dir, "model/outside"));
    const run = await mlops(
      ["train-run", "--command", JSON.stringify([node, "-e", ""]), "--trained-model", "model"],
      dir,
    );
    expect(run.code).toBe(0);
    const record = readRecord(dir);
    expect(record.model!.files.map((f) => f.path)).toEqual(["weights.bin"]);
    expect(record.notes.join("\n")).toMatch(
      /model: symbolic links not followed, hashed nor uploaded: outside/,
    );
  });

  it("fails a run whose metrics file is malformed or missing, naming the file", async () => {
    const { dir, write } = tempDir();
    write("metrics.jsonl", '{"step": 1, "loss": 0.5}\n{"step": 2, "loss": \n');
    const malformed = await mlops(
      [
        "train-run",
        ...flags({ command: JSON.stringify([node, "-e", ""]), "metrics-file": "metrics.jsonl" }),
      ],
      dir,
    );
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/metrics\.jsonl:2: is not valid JSONL/);
    expect(readRecord(dir)).toMatchObject({
      status: "failed",
      exit_code: 0,
      metrics: { final: {} },
    });
    const missing = await mlops(
      [
        "train-run",
        ...flags({
          command: JSON.stringify([node, "-e", ""]),
          "metrics-file": "nothing.json",
          "fail-step": "false",
        }),
      ],
      dir,
    );
    expect(missing.code).toBe(0);
    expect(readRecord(dir).error).toMatch(/nothing\.json: no such file/);
  });

  it("runs a shell script with shell: true, and refuses a bad timeout before running anything", async () => {
    const { dir } = tempDir();
    const run = await mlops(
      ["train-run", ...flags({ shell: true, command: `echo "params at $MLOPS_PARAMS" && exit 3` })],
      dir,
    );
    expect(run.stderr).toMatch(/params at .*run-record\.params\.json/);
    expect(readRecord(dir).exit_code).toBe(3);
    const bad = await mlops(["train-run", "--command", "true", "--timeout", "soon"], dir);
    expect(bad.stderr).toContain("input 'timeout': 'soon' is not a duration");
  });

  it("refuses a record-path that would overwrite the metrics file or land in the model, before running", async () => {
    const { dir } = tempDir();
    const ran = join(dir, "ran");
    const command = JSON.stringify([
      node,
      "-e",
      `require('fs').writeFileSync(${JSON.stringify(ran)}, '')`,
    ]);
    const same = await mlops(
      [
        "train-run",
        "--command",
        command,
        "--metrics-file",
        "out/m.json",
        "--record-path",
        "out/m.json",
      ],
      dir,
    );
    expect(same.code).toBe(1);
    expect(same.stderr).toMatch(
      /input 'record-path': record-path out\/m\.json is the metrics-file the command writes/,
    );
    const params = await mlops(
      [
        "train-run",
        "--command",
        command,
        "--metrics-file",
        "out/r.params.json",
        "--record-path",
        "out/r.json",
      ],
      dir,
    );
    expect(params.stderr).toMatch(/params file out\/r\.params\.json is the metrics-file/);
    const inside = await mlops(
      ["train-run", "--command", command, "--trained-model", "mlops-out"],
      dir,
    );
    expect(inside.code).toBe(1);
    expect(inside.stderr).toMatch(
      /input 'record-path': record-path mlops-out\/run-record\.json is inside trained-model mlops-out/,
    );
    expect(existsSync(ran)).toBe(false);
    expect(existsSync(join(dir, "out"))).toBe(false);
    expect(existsSync(join(dir, "mlops-out"))).toBe(false);
  });

  it("refuses a timeout a timer cannot wait (over 24.8 days) and a telemetry interval under 1s", async () => {
    const { dir } = tempDir();
    const long = await mlops(["train-run", "--command", "true", "--timeout", "1000h"], dir);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/input 'timeout': '1000h' is longer than the 24.8 days .*596h/);
    expect(existsSync(join(dir, "mlops-out/run-record.json"))).toBe(false);
    const limit = await mlops(["train-run", "--command", "true", "--timeout", "596h"], dir);
    expect(limit.code).toBe(0);
    const fast = await mlops(
      ["train-run", "--command", "true", "--telemetry-interval", "200ms"],
      dir,
    );
    expect(fast.stderr).toMatch(/input 'telemetry-interval': '200ms' is shorter than 1s/);
  });
});

describe("train-run with a GPU", () => {
  it("samples nvidia-smi during the run and records each GPU's usage", async () => {
    const { dir, write } = tempDir();
    const smi = write(
      "bin/nvidia-smi",
      `#!/bin/sh\nexec "${node}" "${repoRoot}test/fixtures/nvidia-smi/replay-nvidia-smi.mjs" "$@"\n`,
    );
    chmodSync(smi, 0o755);
    let stdout = "";
    const code = await runCli(
      [
        "train-run",
        "--command",
        JSON.stringify([node, "-e", "setTimeout(() => {}, 2000)"]),
        "--telemetry-interval",
        "1s",
      ],
      {
        stdout: (text) => (stdout += text),
        stderr: () => {},
        cwd: dir,
        env: {
          PATH: `${join(dir, "bin")}:/usr/bin:/bin`,
          FAKE_NVIDIA_SMI_STATE: join(dir, "smi-state"),
        },
      },
    );
    expect(code).toBe(0);
    const { gpu } = readRecord(dir);
    expect(gpu).toMatchObject({ driver: "580.159.04", cuda: "13.0" });
    const [h100] = gpu!.devices;
    expect(h100).toMatchObject({
      index: 0,
      name: "NVIDIA H100 80GB HBM3",
      memory_total_mib: 81559,
    });
    // Each sample starts a process; on a loaded machine a 2 s run may get only two of them.
    expect(h100!.series.length).toBeGreaterThanOrEqual(2);
    expect(h100!.power_w.max).toBeGreaterThanOrEqual(h100!.power_w.mean!);
    expect(stdout).toContain("### GPU usage");
  });
});
