import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import {
  clockedRegistry,
  git,
  importTags,
  makeRepo,
  modelFile,
  tempFolder,
} from "./git-fixture.js";
import { startGitHubRegistry } from "./github-fixture.js";

/** A local registry where churn v1.0.0 held prod (churn#prod#1) before v1.1.0 (churn#prod#2). */
async function localRegistry() {
  const { dir, registry } = clockedRegistry();
  for (const version of ["v1.0.0", "v1.1.0"]) {
    await registry.promote({
      artifact: "churn",
      version,
      assets: [modelFile(tempFolder(), `${version}.bin`, version)],
      stage: "prod",
      actor: "ada",
    });
  }
  return dir;
}

describe("mlops registry check-ref, given a tag whose name says it all", () => {
  it("prints the event as GTO names it, as one JSON object with --json, reading no repository", async () => {
    const notARepository = tempFolder();
    const run = await mlops(
      ["registry", "check-ref", "refs/tags/churn@v1.2.0", "--json"],
      notARepository,
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toEqual({
      ref: "refs/tags/churn@v1.2.0",
      tag: "churn@v1.2.0",
      registry: true,
      reason: null,
      event: "registration",
      action: "register",
      artifact: "churn",
      version: "v1.2.0",
      stage: null,
      counter: null,
      made_outside_mlops: null,
    });
  });

  it("says in one line what a deregistration, a restore and a deprecation are", async () => {
    const cwd = tempFolder();
    const lines: [string, string][] = [
      ["churn@v1.2.0!#4", "churn@v1.2.0!#4: deregistration of churn v1.2.0"],
      ["refs/tags/churn@v1.2.0#5", "churn@v1.2.0#5: registration of churn v1.2.0"],
      ["fraud/tabular@deprecated#6", "fraud/tabular@deprecated#6: deprecation of fraud/tabular"],
      ["churn@deprecated!#7", "churn@deprecated!#7: undeprecation of churn"],
    ];
    for (const [ref, line] of lines) {
      expect(await mlops(["registry", "check-ref", ref], cwd), ref).toEqual({
        code: 0,
        stdout: `${line}\n`,
        stderr: "",
      });
    }
  });
});

describe("mlops registry check-ref, given a stage tag", () => {
  it("reads the version it assigns from the registry, since the name has none", async () => {
    const dir = await localRegistry();
    const first = await mlops(["registry", "check-ref", "refs/tags/churn#prod#1"], dir);
    expect(first).toEqual({
      code: 0,
      stdout: "churn#prod#1: assignment of churn v1.0.0 to stage prod\n",
      stderr: "",
    });
    const elsewhere = tempFolder();
    expect(await mlops(["registry", "check-ref", "churn#prod#2"], elsewhere)).toEqual({
      code: 1,
      stdout: "",
      stderr: `mlops registry: ${elsewhere} is not a git repository. Give the path of a git repository with --registry\n`,
    });
    const named = await mlops(
      ["registry", "check-ref", "churn#prod#2", "--registry", dir, "--json"],
      tempFolder(),
    );
    expect(JSON.parse(named.stdout)).toMatchObject({
      event: "assignment",
      action: "assign",
      artifact: "churn",
      version: "v1.1.0",
      stage: "prod",
      counter: 2,
    });
  });

  it("finds the version of a GTO stage tag, which has no metadata, by its commit", async () => {
    const { dir, commit } = makeRepo();
    const date = new Date("2026-03-01T12:00:00Z");
    importTags(dir, commit, [
      { name: "churn@v0.3.0", date, message: "Registering artifact churn version v0.3.0" },
      { name: "churn#prod!#2", date, message: "Unassigning stage 'prod' to artifact 'churn'" },
    ]);
    const run = await mlops(["registry", "check-ref", "refs/tags/churn#prod!#2"], dir);
    // GTO writes no mlops block, as a tag made by hand has none: no check of mlops' stood behind it.
    expect(run.stdout).toBe(
      "churn#prod!#2: unassignment of churn v0.3.0 from stage prod, made outside mlops (its message has no mlops block)\n",
    );
  });

  it("says a GTO stage tag names no version where no registration is on its commit", async () => {
    const { dir, commit } = makeRepo();
    importTags(dir, commit, [
      {
        name: "churn#prod#2",
        date: new Date("2026-03-01T12:00:00Z"),
        message: "Assigning stage 'prod' to artifact 'churn'",
      },
    ]);
    expect(await mlops(["registry", "check-ref", "churn#prod#2"], dir)).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "mlops registry: tag 'churn#prod#2' names no version: its message has no metadata, and no registration of churn is on its commit. " +
        "Register the version at that commit, or assign the stage again with mlops promote\n",
    });
  });

  it("reads it from GitHub in a workflow, where GITHUB_TOKEN and GITHUB_REPOSITORY are set", async () => {
    const gh = await startGitHubRegistry();
    try {
      await gh.registry().promote({
        artifact: "churn",
        version: "v2.0.0",
        assets: [modelFile(tempFolder(), "m.bin", "w")],
        stage: "prod",
        actor: "ada",
      });
      const env = {
        GITHUB_TOKEN: WORKFLOW_TOKEN,
        GITHUB_API_URL: gh.emulator.apiUrl,
        GITHUB_REPOSITORY: "acme/models",
      };
      const run = await mlops(
        ["registry", "check-ref", "refs/tags/churn#prod#1", "--json"],
        tempFolder(),
        { env },
      );
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toMatchObject({ version: "v2.0.0", stage: "prod" });
    } finally {
      await gh.emulator.close();
    }
  });

  it("refuses a stage tag the registry lacks or holds as a lightweight tag, saying how to fix it", async () => {
    const dir = await localRegistry();
    const missing = await mlops(["registry", "check-ref", "churn#prod#9"], dir);
    expect(missing).toEqual({
      code: 1,
      stdout: "",
      stderr: `mlops registry: tag 'churn#prod#9' is not in the registry (local git repository ${dir}), and a stage tag's name does not say its version. Give the path of a clone that has the tag with --registry (git fetch origin tag <tag>), or read GitHub's with GITHUB_TOKEN set\n`,
    });
    git(dir, "tag", "churn#prod#3");
    const lightweight = await mlops(["registry", "check-ref", "churn#prod#3"], dir);
    expect(lightweight.stderr).toBe(
      `mlops registry: tag 'churn#prod#3' in the registry (local git repository ${dir}) is a lightweight tag, which records no event. Fetch the annotated tag (git fetch --force origin "refs/tags/churn#prod#3:refs/tags/churn#prod#3"), as a checkout in a workflow may write it lightweight; read GitHub's with GITHUB_TOKEN set; or, if it really is lightweight, assign the stage with mlops promote\n`,
    );
  });
});

describe("mlops registry check-ref, given a tag the registry does not own", () => {
  it("keeps a ref given from elsewhere than a push on its one line, cut short", async () => {
    const cwd = tempFolder();
    const forged = "churn@v1.0.0\nchurn#prod#3: assignment of churn v9.9.9 to stage prod";
    const run = await mlops(["registry", "check-ref", forged], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toHaveLength(2);
    expect(run.stdout).toContain("churn@v1.0.0\\nchurn#prod#3");
    const long = await mlops(["registry", "check-ref", `x${"y".repeat(100_000)}`], cwd);
    expect(long.stdout.length).toBeLessThan(1_000);
  });

  it("answers with exit code 0 and the grammar's reason, so that a workflow on every tag skips it", async () => {
    const cwd = tempFolder();
    const release = await mlops(["registry", "check-ref", "refs/tags/v1.0.0"], cwd);
    expect(release).toEqual({
      code: 0,
      stdout:
        "v1.0.0: not a registry tag (has no '@' or '#' after an artifact name); the registry ignores it\n",
      stderr: "",
    });
    const json = await mlops(["registry", "check-ref", "churn@1.2.0", "--json"], cwd);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      ref: "churn@1.2.0",
      tag: "churn@1.2.0",
      registry: false,
      reason: "'1.2.0' is not 'v' followed by a SemVer 2 version",
      event: null,
      action: null,
      artifact: null,
      version: null,
      stage: null,
      counter: null,
      made_outside_mlops: null,
    });
  });

  it("refuses a ref that is no tag, a missing ref and --stage, naming the ref and the fix", async () => {
    const cwd = tempFolder();
    expect(await mlops(["registry", "check-ref", "refs/heads/main"], cwd)).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "mlops registry: 'refs/heads/main' is not a tag. check-ref takes a tag's name or its full ref (refs/tags/churn#prod#3): run it on a tag push (on: push: tags), or guard the step with if: startsWith(github.ref, 'refs/tags/')\n",
    });
    expect((await mlops(["registry", "check-ref"], cwd)).stderr).toBe(
      "mlops registry: check-ref takes one ref. Usage: mlops registry check-ref refs/tags/churn#prod#3 (or the tag's name)\n",
    );
    const staged = await mlops(["registry", "check-ref", "churn#prod#1", "--stage", "prod"], cwd);
    expect(staged).toMatchObject({ code: 1, stdout: "" });
    expect(staged.stderr).toContain("takes no --stage or --at");
  });
});

describe("mlops registry -h", () => {
  it("prints the help as --help does, also after a command", async () => {
    const cwd = tempFolder();
    const help = await mlops(["registry", "--help"], cwd);
    expect(help.stdout).toContain("mlops registry check-ref <tag | refs/tags/<tag>> [--json]");
    for (const args of [["-h"], ["show", "-h"], ["check-ref", "-h"], ["fetch", "churn#prod", "-h"]])
      expect(await mlops(["registry", ...args], cwd), args.join(" ")).toEqual(help);
  });
});
