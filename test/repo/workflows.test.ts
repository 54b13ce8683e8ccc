import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { load } from "js-yaml";
import { manifests } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { tempDir } from "../helpers/temp-dir.js";
import { staleEntryPoints } from "../../scripts/action-files.js";

const errorsOf = (result: { context: { errors: { getErrors(): { message: string }[] } } }) =>
  result.context.errors.getErrors().map((error) => error.message);

const actionDirs = readdirSync(`${repoRoot}actions`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("action metadata, checked with GitHub's own parser", () => {
  it.each(actionDirs)("%s/action.yml is a valid, strict action manifest on node24", (name) => {
    const content = readFileSync(`${repoRoot}actions/${name}/action.yml`, "utf8");
    expect(
      errorsOf(
        parseAction({ name: `actions/${name}/action.yml`, content }, new NoOperationTraceWriter()),
      ),
    ).toEqual([]);
    expect(content).toMatch(/\nruns:\n {2}using: node24\n {2}main: dist\/index\.js\n/);
  });
});

describe("the entry points a workflow's uses: org/mlops/<action>@v1 finds", () => {
  it.each(actionDirs)(
    "%s/action.yml at the root is the action's manifest, run from its bundle",
    (name) => {
      const content = readFileSync(`${repoRoot}${name}/action.yml`, "utf8");
      expect(
        errorsOf(
          parseAction({ name: `${name}/action.yml`, content }, new NoOperationTraceWriter()),
        ),
      ).toEqual([]);
      const entry = load(content) as { runs: { main: string } };
      const action = load(readFileSync(`${repoRoot}actions/${name}/action.yml`, "utf8")) as {
        runs: { main: string };
      };
      // The runner resolves main against the entry point's folder: it must reach the one bundle.
      expect(entry.runs.main).toBe(`../actions/${name}/dist/index.js`);
      expect(existsSync(`${repoRoot}${name}/${entry.runs.main}`)).toBe(true);
      expect({ ...entry, runs: { ...entry.runs, main: action.runs.main } }).toEqual(action);
    },
  );
});

describe("the entry points check-generated.js refuses: left behind by an action no longer under actions/", () => {
  it("are none in this repository", () => {
    expect(staleEntryPoints()).toEqual([]);
  });

  it("are named with the fix, while the entry point of an action that exists is not", () => {
    const { dir, write } = tempDir();
    const entry = (name: string) =>
      `name: ${name}\nruns:\n  using: node24\n  main: ../actions/${name}/dist/index.js\n`;
    write("actions/kept/action.yml", "name: kept\nruns:\n  using: node24\n  main: dist/index.js\n");
    write("kept/action.yml", entry("kept"));
    write("gone/action.yml", entry("gone"));
    write("docs/notes.md", "not an entry point\n");
    expect(staleEntryPoints(dir)).toEqual([
      "gone/action.yml: an entry point for actions/gone, which has no action.yml. Remove the folder (git rm -r gone), or restore actions/gone and run npm run catalog",
    ]);
  });
});

describe("workflows, checked with GitHub's own parser", () => {
  const workflows = readdirSync(`${repoRoot}.github/workflows`).filter((name) =>
    name.endsWith(".yml"),
  );

  it.each(workflows)("%s parses without errors and grants no default permissions", (name) => {
    const content = readFileSync(`${repoRoot}.github/workflows/${name}`, "utf8");
    expect(errorsOf(parseWorkflow({ name, content }, new NoOperationTraceWriter()))).toEqual([]);
    expect(content).toMatch(/\npermissions: \{\}\n/);
  });

  it("would refuse a broken workflow, so the checks above are not vacuous", () => {
    const content =
      "on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    permissions:\n      contents: writ\n    steps:\n      - uses: a/b@v1\n        run: echo\n";
    expect(
      errorsOf(parseWorkflow({ name: "broken.yml", content }, new NoOperationTraceWriter())).length,
    ).toBeGreaterThan(0);
  });

  it("the catalog's permissions and examples make valid jobs", () => {
    const catalog = readFileSync(`${repoRoot}action-catalog.md`, "utf8");
    const sections = catalog.split(/\n## /).slice(1);
    expect(sections.length).toBe(actionDirs.length);
    for (const section of sections) {
      const permissions = /```yaml\npermissions:\n([\s\S]*?)```/.exec(section)?.[1];
      const steps = /```yaml\nsteps:\n([\s\S]*?)```/.exec(section)?.[1];
      expect(permissions && steps).toBeTruthy();
      const indent = (text: string, by: string) => text!.replace(/^(?=.)/gm, by);
      const content = `on: push\njobs:\n  example:\n    runs-on: ubuntu-24.04\n    permissions:\n${indent(permissions!, "    ")}    steps:\n${indent(steps!, "    ")}`;
      expect(
        errorsOf(
          parseWorkflow({ name: "catalog-example.yml", content }, new NoOperationTraceWriter()),
        ),
      ).toEqual([]);
    }
  });
});

interface Job {
  "runs-on": unknown;
  permissions: Record<string, string>;
  steps: { uses?: string; with?: Record<string, unknown> }[];
}
interface Workflow {
  on: { workflow_dispatch?: { inputs?: Record<string, unknown> } };
  "run-name"?: string;
  jobs: Record<string, Job>;
}

describe("the example workflows of train-run's dispatch mode (examples/train-run)", () => {
  const text = (name: string) => readFileSync(`${repoRoot}examples/train-run/${name}`, "utf8");
  const dispatch = load(text("dispatch.yml")) as Workflow;
  const gpu = load(text("train-gpu.yml")) as Workflow;
  const trainRunStep = (workflow: Workflow) =>
    workflow.jobs.train!.steps.find((step) => step.uses?.endsWith("/train-run@v1"))!;

  it.each(["dispatch.yml", "train-gpu.yml"])(
    "%s parses without errors and grants no default permissions",
    (name) => {
      const content = text(name);
      expect(errorsOf(parseWorkflow({ name, content }, new NoOperationTraceWriter()))).toEqual([]);
      expect(content).toMatch(/\npermissions: \{\}\n/);
    },
  );

  it("give each job the least the workflow token needs: no personal token", () => {
    expect(dispatch.jobs.train!.permissions).toEqual({ actions: "write" });
    expect(gpu.jobs.train!.permissions).toEqual({ contents: "read" });
    expect(text("dispatch.yml") + text("train-gpu.yml")).not.toMatch(/secrets\./);
  });

  it("wire the correlation id as dispatch mode needs: input, run-name and train-run step", () => {
    expect(trainRunStep(dispatch).with!["dispatch-workflow"]).toBe("train-gpu.yml");
    expect(Object.keys(gpu.on.workflow_dispatch!.inputs!)).toContain("correlation_id");
    expect(gpu["run-name"]).toBe("train ${{ inputs.correlation_id }}");
    expect(trainRunStep(gpu).with!["correlation-id"]).toBe("${{ inputs.correlation_id }}");
    expect(gpu.jobs.train!["runs-on"]).toEqual(["self-hosted", "gpu"]);
  });

  it("give train-run only inputs its action.yml declares", () => {
    const declared = Object.keys(manifests["train-run"].inputs);
    for (const workflow of [dispatch, gpu])
      for (const name of Object.keys(trainRunStep(workflow).with!))
        expect(declared).toContain(name);
  });
});

interface LoopStep {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface LoopWorkflow {
  on: { workflow_dispatch?: { inputs?: Record<string, unknown> } };
  "run-name"?: string;
  jobs: Record<
    string,
    { "runs-on": unknown; permissions: unknown; concurrency?: unknown; steps: LoopStep[] }
  >;
}

describe("the workflows of the whole loop, on examples/loop (run by test/loop/whole-loop.test.ts)", () => {
  const files = ["train-gate-deploy.yml", "drift.yml", "retrain.yml", "train-gpu.yml"];
  const text = (name: string) => readFileSync(`${repoRoot}.github/workflows/${name}`, "utf8");
  const workflow = (name: string) => load(text(name)) as LoopWorkflow;
  const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);
  const step = (name: string, action: string) =>
    steps(name).find((s) => s.uses === `./actions/${action}`)!;

  it("are, with ci.yml and release.yml, all the workflows, and under 120 lines together", () => {
    const all = readdirSync(`${repoRoot}.github/workflows`);
    expect(all.sort()).toEqual([...files, "ci.yml", "release.yml"].sort());
    const lines = files.reduce((sum, name) => sum + text(name).split("\n").length - 1, 0);
    expect(lines).toBeLessThan(120);
  });

  it("ship to prod the version their deploy staged, one deploy at a time", () => {
    const deploy = workflow("train-gate-deploy.yml").jobs.deploy!;
    const [staging, prod] = deploy.steps.filter((s) => s.uses === "./actions/promote");
    expect(manifests.promote.outputs).toHaveProperty("version");
    // Empty would be the latest registered version, which another registration may have become.
    expect(prod!.with!.version).toBe(`\${{ steps.${staging!.id!}.outputs.version }}`);
    expect(deploy.concurrency).toMatchObject({ "cancel-in-progress": false });
  });

  it("bound every wait in a run step, failing with an error line rather than hanging", () => {
    const runs = files.flatMap((name) => steps(name).flatMap((s) => (s.run ? [s.run] : [])));
    for (const script of runs.filter((run) => /\bsleep\b/.test(run))) {
      expect(script).not.toMatch(/\buntil\b|\bwhile\b/);
      expect(script).toMatch(/\$\(seq \d+\)/);
      expect(script).toContain("::error::");
    }
    expect(runs.some((run) => /\bsleep\b/.test(run))).toBe(true);
  });

  it("give each job only the permissions of the workflow token its steps use", () => {
    const permissions = Object.fromEntries(
      files.map((name) => [
        name,
        Object.fromEntries(
          Object.entries(workflow(name).jobs).map(([job, { permissions }]) => [job, permissions]),
        ),
      ]),
    );
    expect(permissions).toEqual({
      "train-gate-deploy.yml": {
        gate: { contents: "read", "pull-requests": "write" },
        deploy: { contents: "write", deployments: "write" },
      },
      "drift.yml": { drift: { contents: "read", issues: "write", actions: "write" } },
      "retrain.yml": { train: { contents: "read", actions: "write" } },
      "train-gpu.yml": { train: { contents: "read" } },
    });
    expect(files.map(text).join("")).not.toMatch(/secrets\./);
  });

  it("give this repository's actions only inputs their action.yml declares, naming files that exist", () => {
    for (const name of files) {
      for (const s of steps(name).filter((s) => s.uses?.startsWith("./actions/"))) {
        const declared = Object.keys(manifests[s.uses!.slice(10) as keyof typeof manifests].inputs);
        for (const input of Object.keys(s.with ?? {})) expect(declared).toContain(input);
      }
      for (const [path] of text(name).matchAll(/examples\/loop\/[\w.-]+/g))
        expect(existsSync(`${repoRoot}${path}`), path).toBe(true);
    }
  });

  it("give each training run of a job its own run record, and register a model with the record of the run that trained it", () => {
    const defaultRecord = manifests["train-run"].inputs["record-path"].default;
    const recordOf = (s: LoopStep) => s.with?.["record-path"] ?? defaultRecord;
    for (const name of files) {
      for (const job of Object.values(workflow(name).jobs)) {
        const records = job.steps.filter((s) => s.uses === "./actions/train-run").map(recordOf);
        expect(new Set(records).size, `${name}: two train-run steps write one record`).toBe(
          records.length,
        );
      }
    }
    const registrations = steps("train-gate-deploy.yml").filter(
      (s) => s.uses === "./actions/promote" && s.with?.["run-record"],
    );
    expect(registrations).toHaveLength(1);
    const { assets, "run-record": record } = registrations[0]!.with!;
    const run = steps("train-gate-deploy.yml").find(
      (s) => s.uses === "./actions/train-run" && recordOf(s) === record,
    );
    expect(run?.with?.["trained-model"]).toBe(assets!.split(",")[0]!.trim());
  });

  it("dispatch workflows that declare every input a dispatch sends, and carry its correlation id in their run-name", () => {
    const target = (name: string, action: string) => step(name, action).with!["dispatch-workflow"]!;
    expect(target("drift.yml", "drift-check")).toBe("retrain.yml");
    expect(target("retrain.yml", "train-run")).toBe("train-gpu.yml");
    const inputs = (name: string) => Object.keys(workflow(name).on.workflow_dispatch!.inputs!);
    expect(inputs("retrain.yml").sort()).toEqual(["correlation_id", "drift_report"]);
    expect(inputs("train-gpu.yml")).toEqual(["correlation_id"]);
    for (const name of ["retrain.yml", "train-gpu.yml"])
      expect(workflow(name)["run-name"]).toContain("${{ inputs.correlation_id }}");
    expect(step("train-gpu.yml", "train-run").with!["correlation-id"]).toBe(
      "${{ inputs.correlation_id }}",
    );
    expect(workflow("train-gpu.yml").jobs.train!["runs-on"]).toEqual(["self-hosted", "gpu"]);
  });
});
