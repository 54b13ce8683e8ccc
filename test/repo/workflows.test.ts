import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { load } from "js-yaml";
import { manifests } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";

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
