import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
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
