import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { clockedRegistry, makeRepo, modelFile, tempFolder } from "./git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

/** A local registry where churn v1.0.0 held prod before v1.1.0 took it. */
async function localRegistry() {
  const { dir, registry } = clockedRegistry();
  const files = tempFolder();
  for (const version of ["v1.0.0", "v1.1.0"]) {
    await registry.promote({
      artifact: "churn",
      version,
      assets: [modelFile(files, `${version}.bin`, version)],
      stage: "prod",
      actor: "ada",
    });
  }
  return dir;
}

describe("mlops registry show", () => {
  it("prints the versions, the latest and each stage's holder", async () => {
    const dir = await localRegistry();
    const run = await mlops(["registry", "show", "churn"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "churn",
        "latest: v1.1.0",
        "stages:",
        "  prod: v1.1.0 (churn#prod#2)",
        "versions (by SemVer precedence):",
        "  v1.0.0 (churn@v1.0.0)",
        "  v1.1.0 (churn@v1.1.0)",
        "",
      ].join("\n"),
    );
  });

  it("answers who held each stage at a moment, as JSON with --json", async () => {
    const dir = await localRegistry();
    // The clock moves a minute per tag: v1.0.0 was assigned at 12:01, v1.1.0 at 12:03.
    const run = await mlops(
      ["registry", "show", "churn", "--at", "2026-03-01T12:02:00Z", "--json"],
      dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      artifact: "churn",
      latest: "v1.1.0",
      stages: [{ stage: "prod", version: "v1.0.0", tag: "churn#prod#1" }],
    });
  });

  it("answers who holds one stage with --stage, reading only that stage's tags", async () => {
    const dir = await localRegistry();
    const run = await mlops(["registry", "show", "churn", "--stage", "prod"], dir);
    expect(run).toMatchObject({ code: 0, stdout: "churn#prod: v1.1.0 (churn#prod#2)\n" });
    const before = await mlops(
      ["registry", "show", "churn", "--stage", "prod", "--at", "2026-03-01T12:00:30Z", "--json"],
      dir,
    );
    expect(JSON.parse(before.stdout)).toEqual({ artifact: "churn", stage: "prod" });
  });

  it("lists only the versions registered by the moment --at names", async () => {
    const dir = await localRegistry();
    const between = await mlops(["registry", "show", "churn", "--at", "2026-03-01T12:01:30Z"], dir);
    expect(between.stdout).toBe(
      [
        "churn",
        "latest: v1.0.0",
        "stages at 2026-03-01T12:01:30.000Z:",
        "  prod: v1.0.0 (churn#prod#1)",
        "versions (by SemVer precedence):",
        "  v1.0.0 (churn@v1.0.0)",
        "",
      ].join("\n"),
    );
    const before = await mlops(["registry", "show", "churn", "--at", "2020-01-01", "--json"], dir);
    expect(JSON.parse(before.stdout)).toEqual({
      artifact: "churn",
      deprecated: false,
      stages: [],
      versions: [],
    });
  });
});

describe("mlops registry, asked for a name it does not know", () => {
  it("refuses a misspelt artifact, listing the known ones and the one meant", async () => {
    const dir = await localRegistry();
    const where = `the registry (local git repository ${dir})`;
    expect(await mlops(["registry", "show", "chrn"], dir)).toEqual({
      code: 1,
      stdout: "",
      stderr: `mlops registry: no artifact 'chrn' in ${where}; known: churn. Did you mean 'churn'? List them with mlops registry show\n`,
    });
    const history = await mlops(["registry", "history", "nothere"], dir);
    expect(history).toMatchObject({
      code: 1,
      stderr: `mlops registry: no artifact 'nothere' in ${where}; known: churn. List them with mlops registry show\n`,
    });
    const stage = await mlops(["registry", "show", "chrn", "--stage", "prod"], dir);
    expect(stage).toMatchObject({ code: 1, stderr: expect.stringContaining("no artifact 'chrn'") });
  });

  it("says so when the registry has no artifact at all", async () => {
    const { dir } = makeRepo();
    expect(await mlops(["registry", "show", "churn"], dir)).toMatchObject({
      code: 1,
      stderr: `mlops registry: no artifact 'churn': the registry (local git repository ${dir}) has none yet. Register one with mlops promote, or give the registry's path with --registry\n`,
    });
  });

  it("shows an artifact only annotated in artifacts.yaml, with no version yet", async () => {
    const dir = await localRegistry();
    writeFileSync(join(dir, "artifacts.yaml"), "fraud:\n  type: model\n");
    const run = await mlops(["registry", "show", "fraud"], dir);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^fraud\nlatest: none\n/) });
  });

  it("refuses a stage the artifact never had, unless the registry policy names it", async () => {
    const dir = await localRegistry();
    const refusal =
      "mlops registry: churn has no stage 'prdo'; its stages: prod. Did you mean 'prod'? Name one of its stages, or assign the stage with mlops promote\n";
    for (const command of ["show", "history"]) {
      const run = await mlops(["registry", command, "churn", "--stage", "prdo"], dir);
      expect(run, command).toEqual({ code: 1, stdout: "", stderr: refusal });
    }
    mkdirSync(join(dir, ".mlops"), { recursive: true });
    writeFileSync(
      join(dir, ".mlops", "registry.yml"),
      "stages:\n  - name: staging\n  - name: prod\n",
    );
    const staging = await mlops(["registry", "show", "churn", "--stage", "staging"], dir);
    expect(staging).toMatchObject({ code: 0, stdout: "churn#staging: empty\n" });
  });
});

describe("mlops registry history", () => {
  it("lists every event oldest first, of one stage with --stage", async () => {
    const dir = await localRegistry();
    const run = await mlops(["registry", "history", "churn", "--stage", "prod", "--json"], dir);
    expect(run.code).toBe(0);
    const { events } = JSON.parse(run.stdout) as { events: Record<string, unknown>[] };
    expect(events.map((e) => [e.tag, e.action, e.version, e.date])).toEqual([
      ["churn#prod#1", "assign", "v1.0.0", "2026-03-01T12:01:00.000Z"],
      ["churn#prod#2", "assign", "v1.1.0", "2026-03-01T12:03:00.000Z"],
    ]);
    const text = await mlops(["registry", "history", "churn"], dir);
    expect(text.stdout.trim().split("\n")).toHaveLength(4);
    expect(text.stdout).toContain(
      "2026-03-01T12:00:00.000Z  churn@v1.0.0  register v1.0.0  by ada: Register churn v1.0.0",
    );
  });
});

describe("mlops registry on GitHub", () => {
  let gh: GitHubRegistry;
  beforeEach(async () => {
    gh = await startGitHubRegistry();
  });
  afterEach(async () => {
    await gh.emulator.close();
  });

  it("reads the repository named by the environment or --repo", async () => {
    await gh.registry().promote({
      artifact: "churn",
      version: "v1.0.0",
      assets: [modelFile(tempFolder(), "m.bin", "w")],
      stage: "prod",
      actor: "ada",
    });
    const env = { GITHUB_TOKEN: WORKFLOW_TOKEN, GITHUB_API_URL: gh.emulator.apiUrl };
    const run = await mlops(
      ["registry", "show", "churn", "--repo", "acme/models", "--json"],
      tempFolder(),
      { env },
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({
      latest: "v1.0.0",
      stages: [{ stage: "prod", version: "v1.0.0", tag: "churn#prod#1" }],
    });
  });
});

describe("mlops registry usage", () => {
  it("prints its help with --help, and mlops --help lists it", async () => {
    const help = await mlops(["registry", "--help"], tempFolder());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: mlops registry show [options]\n");
    expect(help.stdout).toContain("mlops registry show <artifact> [--stage <stage>]");
    const program = await mlops(["--help"], tempFolder());
    expect(program.stdout).toMatch(/Commands:\n {2}registry +read a model registry/);
  });

  it("refuses an unknown command, a missing artifact and an unknown flag, each with a fix", async () => {
    const cwd = tempFolder();
    expect(await mlops(["registry", "list"], cwd)).toMatchObject({
      code: 1,
      stderr:
        "mlops registry: unknown registry command 'list'. Commands: show, history, fetch, check-ref (mlops registry --help)\n",
    });
    expect((await mlops(["registry", "history"], cwd)).stderr).toContain(
      "history takes one artifact name",
    );
    expect((await mlops(["registry", "show", "churn", "--stge", "prod"], cwd)).stderr).toContain(
      "'--stge'",
    );
    expect((await mlops(["registry", "show", "churn", "--at", "yesterday"], cwd)).stderr).toContain(
      "is not a date",
    );
  });

  it("says what is wrong with a registry path that is no repository, in one line", async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, "notes.txt"), "");
    const fix = "Give the path of a git repository with --registry\n";
    const refusals: [string[], string][] = [
      [[], `${cwd} is not a git repository`],
      [["--registry", join(cwd, "missing")], `${join(cwd, "missing")} does not exist`],
      [["--registry", join(cwd, "notes.txt")], `${join(cwd, "notes.txt")} is not a folder`],
    ];
    for (const [flags, problem] of refusals) {
      const run = await mlops(["registry", "show", ...flags], cwd);
      expect(run).toMatchObject({ code: 1, stderr: `mlops registry: ${problem}. ${fix}` });
    }
  });
});
