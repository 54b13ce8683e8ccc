import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FolderArtifactStore, runInRunner, trainRun } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A train-run step of run 4242 attempt 2, whose runner has the artifact service. */
async function step(command: string[], extra: Record<string, string> = {}) {
  const { dir, write } = tempDir();
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: write("runner/output", ""),
    GITHUB_STEP_SUMMARY: write("runner/summary", ""),
    GITHUB_REPOSITORY: "octo/models",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "2",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/heads/main",
    ACTIONS_RUNTIME_TOKEN: "token",
    ACTIONS_RESULTS_URL: "http://127.0.0.1:1/",
    INPUT_COMMAND: JSON.stringify(command),
    "INPUT_FAIL-STEP": "true",
    "INPUT_RECORD-PATH": "mlops-out/run-record.json",
    "INPUT_TELEMETRY-INTERVAL": "5s",
    ...extra,
  };
  const lines: string[] = [];
  const store = join(dir, "artifacts");
  const code = await runInRunner(trainRun, {
    env,
    cwd: dir,
    write: (line) => lines.push(line),
    artifactStore: () => new FolderArtifactStore(store, "4242"),
  });
  const outputs = parseOutputFile(readFileSync(join(dir, "runner/output"), "utf8"));
  const artifact = join(store, "4242", outputs["artifact-name"] ?? "");
  return { dir, code, lines, outputs, artifact };
}

const train = `${repoRoot}test/fixtures/train/train.mjs`;

/**
 * A command writing 3000 metrics with names of 200 characters: 622,891 characters of JSON, 1.25
 * MB as GitHub counts an output (two bytes a character, in UTF-16), where it takes 1 MB.
 */
const manyMetrics = [
  process.execPath,
  "-e",
  `const m = {}; for (let i = 0; i < 3000; i++) m[String(i).padStart(200, "m")] = i;
require("fs").writeFileSync("m.json", JSON.stringify(m));`,
];

describe("train-run as a step of a GitHub Actions job", () => {
  it("annotates a metrics file it cannot read at its line, where the run left it", async () => {
    const script =
      "require('fs').mkdirSync('m'); require('fs').writeFileSync('m/eval.yml', 'accuracy: 0.9\\nf1: [0.8\\n')";
    const run = await step([process.execPath, "-e", script], {
      "INPUT_METRICS-FILE": "m/eval.yml",
    });
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(
      /^::error file=m\/eval\.yml,line=\d+::train-run failed: m\/eval\.yml:\d+: /,
    );
  });

  it("annotates a metric left out for its NaN as a warning, the run succeeding", async () => {
    const script = "require('fs').writeFileSync('m.csv', 'name,value\\nloss,nan\\nf1,0.8\\n')";
    const run = await step([process.execPath, "-e", script], { "INPUT_METRICS-FILE": "m.csv" });
    expect(run.code).toBe(0);
    expect(run.lines).toContain(
      "::warning::m.csv: not recorded, as not finite numbers: 'loss' is 'nan' (line 2)",
    );
  });

  it("leaves out an output larger than GitHub takes, saying the record holds it in full", async () => {
    const run = await step(manyMetrics, { "INPUT_METRICS-FILE": "m.json" });
    expect(run.code).toBe(0);
    expect(run.outputs.metrics).toBe("");
    expect(run.outputs.status).toBe("succeeded");
    const warning = run.lines.find((line) => line.includes("left empty"));
    expect(warning).toMatch(
      /^::warning::output 'metrics' is left empty: it is 1,245,782 bytes as GitHub counts them \(in UTF-16\), of the step's 1,24\d,\d{3}, more than the 1,000,000 GitHub takes for a job's outputs; the run record mlops-out\/run-record.json holds it in full$/,
    );
    const record = JSON.parse(readFileSync(join(run.dir, "mlops-out/run-record.json"), "utf8"));
    expect(Object.keys(record.metrics.final)).toHaveLength(3000);
  });

  it("gives such an output whole on the command line, where no GitHub limit applies", async () => {
    const { dir } = tempDir();
    const command = JSON.stringify(manyMetrics);
    const run = await mlops(
      ["train-run", "--json", "--command", command, "--metrics-file", "m.json"],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("left empty");
    expect(Object.keys(JSON.parse(JSON.parse(run.stdout).metrics))).toHaveLength(3000);
  });

  it("fails a metric name of megabytes in one line, keeping it out of the outputs and the record", async () => {
    const script = `require("fs").writeFileSync("m.jsonl", JSON.stringify({ ["k".repeat(5e6)]: 1 }) + "\\n");`;
    const run = await step([process.execPath, "-e", script], { "INPUT_METRICS-FILE": "m.jsonl" });
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toMatch(
      /^::error file=m\.jsonl,line=1::train-run failed: m\.jsonl:1: metric name 'k{59}…' is 5000000 characters long, more than the 250 a metric name may have\. /,
    );
    expect(run.outputs.metrics).toBe("{}");
    expect(statSync(join(run.dir, "mlops-out/run-record.json")).size).toBeLessThan(100_000);
  });

  it("uploads the run record, its params and the model as one artifact, named for the run", async () => {
    const run = await step([process.execPath, train, "out/metrics.jsonl", "out/model"], {
      "INPUT_METRICS-FILE": "out/metrics.jsonl",
      "INPUT_TRAINED-MODEL": "out/model",
      INPUT_PARAMS: "epochs: 40",
    });
    expect(run.code).toBe(0);
    expect(run.outputs["run-id"]).toMatch(/^4242-2-[0-9a-f]{6}$/);
    expect(run.outputs["artifact-name"]).toBe(`train-run-${run.outputs["run-id"]}`);
    expect(readdirSync(join(run.artifact, "mlops-out")).sort()).toEqual([
      "run-record.json",
      "run-record.params.json",
    ]);
    expect(existsSync(join(run.artifact, "out/model/weights.json"))).toBe(true);
    const record = JSON.parse(
      readFileSync(join(run.artifact, "mlops-out/run-record.json"), "utf8"),
    );
    expect(record.git).toEqual({
      commit: "0123456789abcdef0123456789abcdef01234567",
      ref: "refs/heads/main",
      dirty: null,
    });
    expect(record.github).toEqual({ run_id: 4242, run_attempt: 2 });
    expect(record.params).toEqual({ epochs: 40 });
    expect(run.lines.some((line) => line.startsWith("step 40 loss"))).toBe(true);
  });

  it("keeps the runner's tokens and the action's INPUT_ values from the command, as from a run: step", async () => {
    const dump = "require('fs').writeFileSync('env.json', JSON.stringify(process.env))";
    const run = await step([process.execPath, "-e", dump], {
      ACTIONS_RUNTIME_URL: "http://127.0.0.1:2/",
      ACTIONS_CACHE_URL: "http://127.0.0.1:3/",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc",
      ACTIONS_ID_TOKEN_REQUEST_URL: "http://127.0.0.1:4/",
      INPUT_PARAMS: "{token: hunter2}",
    });
    expect(run.code).toBe(0);
    const env = JSON.parse(readFileSync(join(run.dir, "env.json"), "utf8"));
    const names = Object.keys(env);
    expect(
      names.filter((name) => name.startsWith("ACTIONS_") || name.startsWith("INPUT_")),
    ).toEqual([]);
    expect(env.GITHUB_SHA).toBe("0123456789abcdef0123456789abcdef01234567");
    expect(env.MLOPS_PARAMS).toMatch(/run-record\.params\.json$/);
  });

  it("writes the command's own output unchanged, so that its workflow commands work", async () => {
    const print = "console.log('::add-mask::x'); console.log('\\x1b[31mred\\x1b[0m')";
    const run = await step([process.execPath, "-e", print]);
    expect(run.code).toBe(0);
    expect(run.lines).toContain("::add-mask::x");
    expect(run.lines).toContain("\x1b[31mred\x1b[0m");
  });

  it("records the commit checked out, not GITHUB_SHA (a pull request's merge commit), and if it was dirty", async () => {
    const { dir: repo, write } = tempDir();
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], {
        cwd: repo,
        encoding: "utf8",
      }).trim();
    git("init", "-q");
    write("train.py", "print(1)\n");
    git("add", ".");
    git("commit", "-qm", "train");
    const recorded = async () => {
      expect((await step([process.execPath, "-e", ""], { GITHUB_WORKSPACE: repo })).code).toBe(0);
      return JSON.parse(readFileSync(join(repo, "mlops-out/run-record.json"), "utf8")).git;
    };
    write(".gitignore", "mlops-out/\n");
    git("add", ".");
    git("commit", "-qm", "ignore");
    const head = git("rev-parse", "HEAD");
    expect(await recorded()).toEqual({ commit: head, ref: "refs/heads/main", dirty: false });
    write("train.py", "print(2)\n");
    expect(await recorded()).toEqual({ commit: head, ref: "refs/heads/main", dirty: true });
  });

  it("uploads only the record and its params of a cancelled run: no time is left for the model", async () => {
    const saved = join(tempDir().dir, "saved");
    const save = `const fs = require("fs"); fs.mkdirSync("model"); fs.writeFileSync("model/w.bin", "w");
fs.writeFileSync(${JSON.stringify(saved)}, ""); setInterval(() => {}, 1000);`;
    const running = step([process.execPath, "-e", save], { "INPUT_TRAINED-MODEL": "model" });
    while (!existsSync(saved)) await new Promise((r) => setTimeout(r, 50));
    process.emit("SIGTERM", "SIGTERM");
    const run = await running;
    expect(run.outputs.status).toBe("cancelled");
    expect(readdirSync(run.artifact).sort()).toEqual(["run-record.json", "run-record.params.json"]);
    expect(existsSync(join(run.dir, "model/w.bin"))).toBe(true);
  });

  it("uploads the record of a failed run too, then fails the step with one error line", async () => {
    const run = await step([process.execPath, "-e", "process.exit(7)"]);
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe("failed");
    expect(existsSync(join(run.artifact, "run-record.json"))).toBe(true);
    expect(run.lines.at(-1)).toBe("::error::train-run failed: the command exited with code 7");
  });

  it("records the correlation id of the dispatch that started it, and uploads the record alone for that dispatch", async () => {
    const run = await step([process.execPath, "-e", ""], {
      "INPUT_CORRELATION-ID": "0b9c-4e1f",
    });
    expect(run.code).toBe(0);
    expect(run.outputs["artifact-run-id"]).toBe("4242");
    const alone = join(run.artifact, "..", "train-run-record-0b9c-4e1f");
    expect(readdirSync(alone)).toEqual(["run-record.json"]);
    const record = JSON.parse(readFileSync(join(alone, "run-record.json"), "utf8"));
    expect(record.github).toEqual({ run_id: 4242, run_attempt: 2, correlation_id: "0b9c-4e1f" });
  });

  it("refuses a correlation id that could not name an artifact", async () => {
    const run = await step([process.execPath, "-e", ""], { "INPUT_CORRELATION-ID": "../x" });
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toBe(
      `::error::input 'correlation-id': "../x" is not a correlation id. Pass the one the dispatch gave, with correlation-id set to the workflow's correlation_id input`,
    );
  });

  it("refuses dispatch-inputs without dispatch-workflow, which would be ignored", async () => {
    const run = await step([process.execPath, "-e", ""], { "INPUT_DISPATCH-INPUTS": "{a: b}" });
    expect(run.lines.at(-1)).toBe(
      "::error::input 'dispatch-inputs': is set without dispatch-workflow. Set dispatch-workflow to train in another workflow, or remove it",
    );
  });
});
