import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocalGitBackend, Registry } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { clockedRegistry, makeRepo, modelFile, tempFolder } from "./git-fixture.js";

/**
 * The registry of GTO's own example: churn holds a version in each of three stages, segment one
 * in dev, cv-class one in staging; a fourth artifact is only annotated in artifacts.yaml.
 */
async function severalModels() {
  const { dir, registry } = clockedRegistry();
  const files = tempFolder();
  const models: [string, string[], Record<string, string>][] = [
    ["churn", ["v3.0.0", "v3.1.0", "v3.1.1"], { prod: "v3.0.0", staging: "v3.1.0", dev: "v3.1.1" }],
    ["segment", ["v0.4.1"], { dev: "v0.4.1" }],
    ["cv-class", ["v0.1.13"], { staging: "v0.1.13" }],
  ];
  for (const [artifact, versions, stages] of models) {
    for (const version of versions) {
      const assets = [modelFile(files, `${artifact}-${version}.bin`, `${artifact} ${version}`)];
      await registry.register({ artifact, version, assets, actor: "ada" });
    }
    for (const [stage, version] of Object.entries(stages))
      await registry.assign({ artifact, stage, version, actor: "ada" });
  }
  writeFileSync(
    join(dir, "artifacts.yaml"),
    [
      "churn:",
      "  type: model",
      "  path: models/churn.pkl",
      "  description: Predicts which customers leave",
      "  labels: [tabular, xgboost]",
      "prompts/support:",
      "  type: prompt",
      "",
    ].join("\n"),
  );
  return dir;
}

describe("mlops registry show, without an artifact", () => {
  it("prints a markdown table of every artifact when piped, as gto show lays it out", async () => {
    const dir = await severalModels();
    const run = await mlops(["registry", "show"], dir);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(
      [
        "| name | latest | #dev | #prod | #staging | type | description | labels |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| churn | v3.1.1 | v3.1.1 | v3.0.0 | v3.1.0 | model | Predicts which customers leave | tabular, xgboost |",
        "| cv-class | v0.1.13 | - | - | v0.1.13 | - | - | - |",
        "| \\*prompts/support | - | - | - | - | prompt | - | - |",
        "| segment | v0.4.1 | v0.4.1 | - | - | - | - | - |",
        "",
      ].join("\n"),
    );
  });

  it("prints aligned columns on a terminal", async () => {
    const dir = await severalModels();
    const run = await mlops(["registry", "show"], dir, { stdoutIsTTY: true });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split(/\s{2,}/))).toEqual([
      ["name", "latest", "#dev", "#prod", "#staging", "type", "description", "labels"],
      [expect.stringMatching(/^-+$/), ...Array<unknown>(7).fill(expect.stringMatching(/^-+$/))],
      [
        "churn",
        "v3.1.1",
        "v3.1.1",
        "v3.0.0",
        "v3.1.0",
        "model",
        "Predicts which customers leave",
        "tabular, xgboost",
      ],
      ["cv-class", "v0.1.13", "-", "-", "v0.1.13", "-", "-", "-"],
      ["*prompts/support", "-", "-", "-", "-", "prompt", "-", "-"],
      ["segment", "v0.4.1", "v0.4.1", "-", "-", "-", "-", "-"],
    ]);
    // Aligned: every column starts at the same place on every line.
    const starts = (line: string) => [...line.matchAll(/(?<=\s{2})\S/g)].map((m) => m.index);
    expect(new Set(lines.filter((l) => !l.startsWith("-")).map((l) => starts(l).join()))).toEqual(
      new Set([starts(lines[0]!).join()]),
    );
  });

  it("gives every artifact with its stages and annotation as JSON with --json", async () => {
    const dir = await severalModels();
    const run = await mlops(["registry", "show", "--json"], dir);
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout) as {
      stages: string[];
      artifacts: { artifact: string; latest?: string; stages: { stage: string }[] }[];
    };
    expect(shown.stages).toEqual(["dev", "prod", "staging"]);
    expect(shown.artifacts.map((a) => [a.artifact, a.latest])).toEqual([
      ["churn", "v3.1.1"],
      ["cv-class", "v0.1.13"],
      ["prompts/support", undefined],
      ["segment", "v0.4.1"],
    ]);
    expect(shown.artifacts[0]).toMatchObject({
      type: "model",
      path: "models/churn.pkl",
      description: "Predicts which customers leave",
      labels: ["tabular", "xgboost"],
      deprecated: false,
      stages: [
        { stage: "prod", version: "v3.0.0", tag: "churn#prod#1" },
        { stage: "staging", version: "v3.1.0", tag: "churn#staging#2" },
        { stage: "dev", version: "v3.1.1", tag: "churn#dev#3" },
      ],
    });
  });

  it("reads the registry's tags in one listing", async () => {
    const dir = await severalModels();
    const backend = new LocalGitBackend({ path: dir });
    let listings = 0;
    const listTags = backend.listTags.bind(backend);
    backend.listTags = (scope) => {
      listings += 1;
      return listTags(scope);
    };
    const states = await new Registry({ backend }).read();
    expect([...states.keys()].sort()).toEqual(["churn", "cv-class", "segment"]);
    expect(listings).toBe(1);
  });

  it("says so when the registry has no artifact", async () => {
    const { dir } = makeRepo();
    expect(await mlops(["registry", "show"], dir)).toMatchObject({
      code: 0,
      stdout: "No artifacts in the registry.\n",
    });
    const json = await mlops(["registry", "show", "--json"], dir);
    expect(JSON.parse(json.stdout)).toEqual({ stages: [], artifacts: [] });
  });

  it("shows the registry without artifacts.yaml's entries when that file cannot be read", async () => {
    const dir = await severalModels();
    writeFileSync(join(dir, "artifacts.yaml"), "churn: [unclosed\n");
    const run = await mlops(["registry", "show"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^warning: artifacts\.yaml:\d+: is not valid YAML.*; it is ignored\n$/,
    );
    expect(run.stdout.split("\n")[0]).toBe("| name | latest | #dev | #prod | #staging |");
  });

  it("refuses --stage and --at without an artifact", async () => {
    const { dir } = makeRepo();
    const run = await mlops(["registry", "show", "--stage", "prod"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--stage and --at need an artifact");
  });
});
