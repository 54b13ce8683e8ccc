import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  canaryDeploy,
  driftCheck,
  evalGate,
  promote,
  runInRunner,
  trainRun,
  validateData,
  type AnyActionDefinition,
  type RunRecord,
} from "@mlops/shared";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { runner } from "../runner/runner-step.js";

/**
 * A pull request can commit symbolic links: `data/train.csv -> /home/runner/.ssh/id_rsa`. In a
 * runner, whose workspace is that checkout, a file an action reads or writes inside the
 * workspace may not be led out of it by a link, nor into `.git` (whose config can hold the
 * checkout's token): it is refused before anything is read or written. A link that stays in
 * the workspace is followed, and so is every link on the command line, the user's own machine.
 */

const SECRET = "hunter2-SECRET-TOKEN";
/** A contract every value fails, so that a file read as data would be echoed into the failures. */
const CONTRACT = "fields:\n  - name: name\n    type: string\n    constraints: { maxLength: 0 }\n";
const VALID = "fields:\n  - name: name\n    type: string\n";
const FIX =
  "Commit the file itself, not a link to it; a file outside the workspace is read when given by its own path";

/** A folder outside the workspace, as the runner's own files are, holding `secret.csv`. */
function outsideFolder(): string {
  const { dir, write } = tempDir();
  write("secret.csv", `name\n${SECRET}\n`);
  return realpathSync(dir);
}

/** Writes `files` into `dir`, creating their folders. */
function lay(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** Links `name` in `dir` to `target`, creating its folder. */
function link(dir: string, name: string, target: string): void {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  symlinkSync(target, join(dir, name));
}

/** An action as a runner step in a fresh workspace, `setUp` laying out its files first. */
async function inRunner(
  action: AnyActionDefinition,
  inputs: Record<string, string>,
  setUp: (dir: string) => void,
) {
  const step = runner(inputs);
  setUp(step.dir);
  const code = await runInRunner(action, step.io);
  const summary = readFileSync(step.env.GITHUB_STEP_SUMMARY!, "utf8");
  return { ...step, code, summary };
}

describe("in a runner, a link does not lead an input out of the workspace", () => {
  it("refuses a data file linked out of the workspace with one error line, before reading it or writing anything", async () => {
    const outside = outsideFolder();
    const run = await inRunner(validateData, { data: "data.csv", schema: "c.yml" }, (dir) => {
      lay(dir, { "c.yml": CONTRACT });
      link(dir, "data.csv", join(outside, "secret.csv"));
    });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `::error::input 'data': 'data.csv' is a symbolic link to '${outside}/secret.csv', out of the workspace. ${FIX}`,
    ]);
    expect(run.summary).toBe("");
    expect(existsSync(join(run.dir, "mlops-out"))).toBe(false);
  });

  it("refuses a link among the files a glob matches, naming the file and the glob", async () => {
    const outside = outsideFolder();
    const run = await inRunner(validateData, { data: "data/*.csv", schema: "c.yml" }, (dir) => {
      lay(dir, { "c.yml": CONTRACT, "data/a.csv": "name\n\n" });
      link(dir, "data/b.csv", join(outside, "secret.csv"));
    });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `::error::input 'data': 'data/b.csv', matched by 'data/*.csv', is a symbolic link to '${outside}/secret.csv', out of the workspace. ${FIX}`,
    ]);
    expect(run.summary).toBe("");
  });

  it("refuses a file reached through a linked folder, naming the folder", async () => {
    const outside = outsideFolder();
    const run = await inRunner(
      validateData,
      { data: "shared/secret.csv", schema: "c.yml" },
      (dir) => {
        lay(dir, { "c.yml": CONTRACT });
        link(dir, "shared", outside);
      },
    );
    expect(run.lines).toEqual([
      `::error::input 'data': 'shared/secret.csv' leads through the linked folder 'shared' to '${outside}/secret.csv', out of the workspace. ${FIX}`,
    ]);
  });

  it("refuses a registry folder linked out of the workspace, before git reads or writes there", async () => {
    const outside = outsideFolder();
    const inputs = { data: "d.csv", schema: "c.yml", reference: "churn#prod", registry: "reg" };
    const run = await inRunner(validateData, { ...inputs, backend: "git" }, (dir) => {
      lay(dir, { "c.yml": VALID, "d.csv": "name\na\n" });
      link(dir, "reg", outside);
    });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `::error::input 'registry': 'reg' is a symbolic link to '${outside}', out of the workspace. ${FIX}`,
    ]);
    expect(existsSync(join(outside, ".mlops"))).toBe(false);
  });

  it("refuses promote's registry folder linked out of the workspace, before git writes a tag there", async () => {
    const outside = outsideFolder();
    // Another repository on a self-hosted runner, with a commit a tag could point at.
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], {
        cwd: outside,
        encoding: "utf8",
      });
    git("init", "-q");
    git("commit", "-q", "--allow-empty", "-m", "other");
    const run = await inRunner(
      promote,
      { model: "churn", version: "v1.0.0", registry: "reg" },
      (dir) => link(dir, "reg", outside),
    );
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `::error::input 'registry': 'reg' is a symbolic link to '${outside}', out of the workspace. ${FIX}`,
    ]);
    expect(git("tag")).toBe("");
  });

  it("refuses a link into the repository's .git folder, where the checkout's token can be", async () => {
    const run = await inRunner(validateData, { data: "d.csv", schema: "c.yml" }, (dir) => {
      lay(dir, { "d.csv": "name\n\n", ".git/config": `[http]\n\textraheader = ${SECRET}\n` });
      link(dir, "c.yml", ".git/config");
    });
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `::error::input 'schema': 'c.yml' is a symbolic link to '.git/config', inside the repository's .git folder. ${FIX}`,
    ]);
  });

  it("reads a link that stays in the workspace, as DVC's cache links data files", async () => {
    const run = await inRunner(validateData, { data: "data.csv", schema: "c.yml" }, (dir) => {
      lay(dir, { "c.yml": VALID, ".dvc/cache/files/md5/3f/a1b2": "name\nada\n" });
      link(dir, "data.csv", ".dvc/cache/files/md5/3f/a1b2");
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain("validate-data: pass");
  });

  it("reads a git-annex file, a link into .git's annex objects that holds data, not credentials", async () => {
    const content = ".git/annex/objects/Xx/Yy/SHA256E-s9--ab.csv/SHA256E-s9--ab.csv";
    const run = await inRunner(validateData, { data: "data.csv", schema: "c.yml" }, (dir) => {
      lay(dir, { "c.yml": VALID, [content]: "name\nada\n" });
      link(dir, "data.csv", content);
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain("validate-data: pass");
  });

  it("reads a file outside the workspace that the workflow names by its own path", async () => {
    // A step may download data under RUNNER_TEMP: the workflow chose that path, no checkout did.
    const outside = outsideFolder();
    writeFileSync(join(outside, "c.yml"), VALID);
    const run = await inRunner(
      validateData,
      { data: join(outside, "secret.csv"), schema: join(outside, "c.yml") },
      () => {},
    );
    expect(run.code).toBe(0);
  });

  it.each<[string, AnyActionDefinition, Record<string, string>, string, string]>([
    [
      "drift-check's current",
      driftCheck,
      { reference: "r.csv", current: "cur/*.csv" },
      "cur/b.csv",
      "current",
    ],
    [
      "eval-gate's champion",
      evalGate,
      { challenger: "ch.json", champion: "champ.json", policy: "p.yml" },
      "champ.json",
      "champion",
    ],
    ["eval-gate's policy", evalGate, { challenger: "ch.json", policy: "p.yml" }, "p.yml", "policy"],
    ["canary-deploy's policy", canaryDeploy, { policy: "p.yml" }, "p.yml", "policy"],
    [
      "train-run's params",
      trainRun,
      { command: '["true"]', params: "params.yml" },
      "params.yml",
      "params",
    ],
  ])("refuses %s linked out of the workspace", async (_, action, inputs, linked, input) => {
    const outside = outsideFolder();
    const files = {
      "r.csv": "name\nx\n",
      "ch.json": "{}",
      "p.yml": "{}\n",
      "cur/a.csv": "name\nx\n",
    };
    const run = await inRunner(action, inputs, (dir) => {
      lay(dir, Object.fromEntries(Object.entries(files).filter(([name]) => name !== linked)));
      link(dir, linked, join(outside, "secret.csv"));
    });
    expect(run.code).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(new RegExp(`^::error::input '${input}': '${linked}'`));
    expect(run.lines[0]).toContain(
      `symbolic link to '${outside}/secret.csv', out of the workspace`,
    );
    expect(run.summary).toBe("");
  });

  it("refuses train-run's metrics file in a linked folder before the command runs", async () => {
    const outside = outsideFolder();
    const run = await inRunner(
      trainRun,
      { command: '["touch", "ran"]', "metrics-file": "out/metrics.jsonl" },
      (dir) => link(dir, "out", outside),
    );
    expect(run.lines).toEqual([
      `::error::input 'metrics-file': 'out/metrics.jsonl' leads through the linked folder 'out' to '${outside}/metrics.jsonl', out of the workspace. ${FIX}`,
    ]);
    expect(existsSync(join(run.dir, "ran"))).toBe(false);
  });
});

describe("in a runner, train-run reads what its command left only inside the workspace", () => {
  // A command can leave a link the checkout did not hold, by mistake or unpacked from an archive.
  const WRITE_ITSELF =
    "Have the command write the file itself there, not a link to it; a file outside the workspace is read when given by its own path";
  const SECRET_METRICS = `{"${SECRET}": 1}`;

  /** A train-run step whose shell command runs in a fresh workspace, and what it left. */
  async function trained(script: string, inputs: Record<string, string>) {
    const run = await inRunner(trainRun, { command: script, shell: "true", ...inputs }, () => {});
    const written = (name: string) => readFileSync(join(run.dir, name), "utf8");
    const record = JSON.parse(written("mlops-out/run-record.json")) as RunRecord;
    return {
      ...run,
      record,
      outputs: parseOutputFile(written("output")),
      everything: () =>
        [
          run.lines.join("\n"),
          run.summary,
          written("output"),
          written("mlops-out/run-record.json"),
        ].join("\n"),
    };
  }

  it("refuses a metrics file the command linked out of the workspace, reading nothing through it", async () => {
    const outside = outsideFolder();
    writeFileSync(join(outside, "secret.json"), SECRET_METRICS);
    const run = await trained(`ln -sf '${outside}/secret.json' m.json`, {
      "metrics-file": "m.json",
    });
    expect(run.code).toBe(1);
    const refusal = `input 'metrics-file': 'm.json' is a symbolic link to '${outside}/secret.json', out of the workspace. ${WRITE_ITSELF}`;
    expect(run.lines).toContain(`::error::train-run failed: ${refusal}`);
    expect(run.record).toMatchObject({ status: "failed", error: refusal, metrics: { final: {} } });
    expect(run.outputs.metrics).toBe("{}");
    expect(run.everything()).not.toContain(SECRET);
  });

  it("refuses a model and metrics file reached through a folder the command linked out, listing no file of it", async () => {
    const outside = outsideFolder();
    lay(outside, { "m.json": SECRET_METRICS, "model/w.bin": "weights" });
    // Touched, so that they count as the run's own.
    const script = `ln -s '${outside}' out3 && touch out3/m.json out3/model/w.bin`;
    const run = await trained(script, {
      "trained-model": "out3/model",
      "metrics-file": "out3/m.json",
    });
    expect(run.code).toBe(1);
    const through = (input: string, path: string) =>
      `input '${input}': 'out3/${path}' leads through the linked folder 'out3' to '${outside}/${path}', out of the workspace. ${WRITE_ITSELF}`;
    expect(run.record.error).toBe(
      `${through("metrics-file", "m.json")}; ${through("trained-model", "model")}`,
    );
    expect(run.record.model).toBeNull();
    expect(run.outputs["model-digest"]).toBe("");
    expect(run.everything()).not.toContain(SECRET);
    expect(run.everything()).not.toContain(createHash("sha256").update("weights").digest("hex"));
  });

  it("follows a link the command made inside the workspace, as DVC's cache links outputs", async () => {
    const script =
      "mkdir -p real/model && echo weights > real/model/w.bin && echo '{\"acc\": 0.5}' > real/m.json && ln -s real out && ln -s real/m.json m.json";
    const run = await trained(script, { "trained-model": "out/model", "metrics-file": "m.json" });
    expect(run.record.error).toBeNull();
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.metrics!)).toEqual({ acc: 0.5 });
    expect(run.record.model?.files.map((file) => file.path)).toEqual(["w.bin"]);
  });

  it("writes the params file anew after the command, so a link it put there is not uploaded", async () => {
    const outside = outsideFolder();
    const script = `ln -sf '${outside}/secret.csv' mlops-out/run-record.params.json`;
    const run = await trained(script, { params: "lr: 0.1" });
    expect(run.code).toBe(0);
    const params = join(run.dir, "mlops-out/run-record.params.json");
    expect(lstatSync(params).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(params, "utf8"))).toEqual({ lr: 0.1 });
    // The link was replaced, not written through.
    expect(readFileSync(join(outside, "secret.csv"), "utf8")).toBe(`name\n${SECRET}\n`);
  });

  it("refuses to write the record through its folder, which the command linked out", async () => {
    const outside = outsideFolder();
    const script = `rm -r mlops-out && ln -s '${outside}' mlops-out`;
    const run = await inRunner(trainRun, { command: script, shell: "true" }, () => {});
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toBe(
      `::error::input 'record-path': 'mlops-out/run-record.json' leads through the linked folder 'mlops-out' to '${outside}/run-record.json', out of the workspace. Have the command leave the folder of record-path as it is, not replace it with a link; or give a record-path the command does not touch`,
    );
    expect(readdirSync(outside)).toEqual(["secret.csv"]);
  });
});

describe("in a runner, a linked folder does not lead an output out of the workspace", () => {
  it("refuses a report written through a linked folder, before any work", async () => {
    const outside = outsideFolder();
    const run = await inRunner(
      validateData,
      { data: "d.csv", schema: "c.yml", "report-path": "sub/out/report.json" },
      (dir) => {
        lay(dir, { "d.csv": "name\nada\n", "c.yml": VALID });
        link(dir, "sub/out", outside);
      },
    );
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([
      `::error::input 'report-path': 'sub/out/report.json' leads through the linked folder 'sub/out' to '${outside}/report.json', out of the workspace. Write it to a folder of the workspace, not a link to one; a path outside the workspace is written as given`,
    ]);
    expect(existsSync(join(outside, "report.json"))).toBe(false);
    expect(existsSync(join(run.dir, "mlops-out"))).toBe(false);
  });

  it("writes an absolute path that climbs out of a linked folder (ln/..) where it is written, in the workspace", async () => {
    // The system would follow `ln` before `..`; the path is read as written, as it was judged.
    const outside = outsideFolder();
    mkdirSync(join(outside, "sub"));
    const run = await inRunner(validateData, { data: "d.csv", schema: "c.yml" }, (dir) => {
      lay(dir, { "d.csv": "name\nada\n", "c.yml": VALID });
      link(dir, "ln", join(outside, "sub"));
    });
    const again = await runInRunner(validateData, {
      ...run.io,
      env: { ...run.env, "INPUT_REPORT-PATH": join(run.dir, "ln/../report.json") },
    });
    expect(again).toBe(0);
    expect(existsSync(join(run.dir, "report.json"))).toBe(true);
    expect(existsSync(join(outside, "report.json"))).toBe(false);
  });

  it("refuses drift-check's default report folder when a link leads it away", async () => {
    const outside = outsideFolder();
    const run = await inRunner(
      driftCheck,
      { reference: "r.csv", current: "c.csv", "html-path": "none" },
      (dir) => {
        lay(dir, { "r.csv": "x\n1\n", "c.csv": "x\n1\n" });
        link(dir, "mlops-out", outside);
      },
    );
    expect(run.lines).toEqual([
      expect.stringMatching(
        /^::error::input 'report-path': 'mlops-out\/drift-report\.json' leads through the linked folder 'mlops-out' /,
      ),
    ]);
    expect(existsSync(join(outside, "drift-report.json"))).toBe(false);
  });
});

describe("on the command line, the user's own machine", () => {
  it("follows a link out of the folder, as any program there does", async () => {
    const outside = outsideFolder();
    const { dir } = tempDir();
    lay(dir, { "c.yml": VALID });
    link(dir, "data.csv", join(outside, "secret.csv"));
    const run = await mlops(["validate-data", "--data", "data.csv", "--schema", "c.yml"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("follows a link train-run's command makes out of the folder to its metrics", async () => {
    const outside = outsideFolder();
    writeFileSync(join(outside, "m.json"), '{"acc": 0.5}');
    const { dir } = tempDir();
    const command = JSON.stringify(["ln", "-s", join(outside, "m.json"), "m.json"]);
    const run = await mlops(
      ["train-run", "--json", "--command", command, "--metrics-file", "m.json"],
      dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(JSON.parse(run.stdout).metrics)).toEqual({ acc: 0.5 });
  });
});
