import { realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative as relativePath } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@mlops/shared";
import { git, tempFolder } from "../registry/git-fixture.js";
import { readReport, workspace } from "./promote-workspace.js";
import { flags } from "../helpers/flags.js";

/** churn v1.0.0 then v1.1.0 in prod. */
async function twoVersions() {
  const ws = workspace();
  writeFileSync(join(ws.dir, "model2.onnx"), "weights 2");
  for (const [version, model] of [
    ["v1.0.0", "model.onnx"],
    ["v1.1.0", "model2.onnx"],
  ] as const)
    await ws.mlops("--model", "churn", "--version", version, "--stage", "prod", "--assets", model);
  return ws;
}

async function registryCli(cwd: string, ...args: string[]) {
  let stdout = "";
  const code = await runCli(["registry", ...args], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    cwd,
    env: {},
  });
  return { code, stdout };
}

describe("promote: version-level and model-level withdrawal", () => {
  it("refuses deprecate with a version instead of deprecating the whole model", async () => {
    const { dir, mlops } = await twoVersions();
    const run = await mlops("--model", "churn", "--operation", "deprecate", "--version", "v1.1.0");
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(
      "input 'version': operation deprecate acts on the whole model, not on version v1.1.0",
    );
    expect(git(dir, "tag", "--list", "churn@deprecated*").trim()).toBe("");
  });

  it("deregisters and restores one version; the model stays promotable and show and history say so", async () => {
    const { dir, mlops } = await twoVersions();
    const off = await mlops(
      ...flags({ model: "churn", operation: "deregister", version: "v1.1.0", json: true }),
    );
    expect(off.outputs).toMatchObject({ version: "v1.1.0", tag: "churn@v1.1.0", changed: "true" });
    expect(readReport(dir).operations).toEqual([
      { operation: "deregister", tag: "churn@v1.1.0!#3", created: true },
    ]);
    const shown = await registryCli(dir, "show", "churn");
    expect(shown.stdout).toContain("v1.1.0 (churn@v1.1.0) deregistered by churn@v1.1.0!#3");
    expect(shown.stdout).toContain("latest: v1.0.0");

    writeFileSync(join(dir, "model3.onnx"), "weights 3");
    const next = await mlops("--model", "churn", "--stage", "prod", "--assets", "model3.onnx");
    expect(next.code).toBe(0);

    const back = await mlops("--model", "churn", "--operation", "restore", "--version", "1.1.0");
    expect(back.code).toBe(0);
    expect(readReport(dir).operations).toEqual([
      { operation: "restore", tag: "churn@v1.1.0#5", created: true },
    ]);
    const history = await registryCli(dir, "history", "churn");
    expect(history.stdout).toMatch(/deregister v1\.1\.0[^\n]*\n(.*\n)*.*restore v1\.1\.0/);
  });

  it("says where a stage goes when the version it holds is deregistered or unassigned", async () => {
    const { dir, mlops } = await twoVersions();
    const off = await mlops("--model", "churn", "--operation", "deregister", "--version", "v1.1.0");
    expect(off.code).toBe(0);
    expect(off.stderr).toContain(
      "warning: prod now holds v1.0.0 (churn#prod#1), its assignment before v1.1.0's; unassign v1.0.0 too to leave prod empty\n",
    );
    expect(off.stdout).toContain("| prod after | v1.0.0, was v1.1.0 |");
    expect(readReport(dir).stages_now).toEqual([
      { stage: "prod", version: "v1.0.0", tag: "churn#prod#1" },
    ]);

    const empty = await mlops("--model", "churn", "--operation", "unassign", "--stage", "prod");
    expect(empty.stderr).toBe("created churn#prod!#4\nprod now holds no version: it is empty\n");
    expect(readReport(dir).stages_now).toEqual([{ stage: "prod", version: null, tag: null }]);
  });

  it("deprecates the model and lifts the deprecation", async () => {
    const { dir, mlops } = await twoVersions();
    const on = await mlops("--model", "churn", "--operation", "deprecate");
    expect(on.code).toBe(0);
    expect((await registryCli(dir, "show", "churn")).stdout).toContain(
      "churn (deprecated by churn@deprecated#3)",
    );
    const refused = await mlops(
      ...flags({ model: "churn", version: "v2.0.0", assets: "model.onnx" }),
    );
    expect(refused.stderr).toContain("operation undeprecate");
    expect((await mlops("--model", "churn", "--operation", "undeprecate")).code).toBe(0);
    expect((await registryCli(dir, "show", "churn")).stdout.split("\n")[0]).toBe("churn");
    const history = await registryCli(dir, "history", "churn");
    expect(history.stdout).toContain("churn@deprecated!#4  undeprecate");
  });
});

describe("promote: hostile inputs", () => {
  it("refuses an asset that is a symbolic link, naming where it leads, and stores nothing", async () => {
    const { dir, mlops } = workspace();
    symlinkSync("/etc/passwd", join(dir, "linked.onnx"));
    const run = await mlops("--model", "churn", "--assets", "linked.onnx");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "input 'assets': 'linked.onnx' leads by a symbolic link to '/etc/passwd'",
    );
    expect(git(dir, "tag", "--list").trim()).toBe("");
  });

  it("refuses an asset reached through a linked folder outside the workspace", async () => {
    const { dir, mlops } = workspace();
    const outside = tempFolder();
    writeFileSync(join(outside, "secret.onnx"), "not yours");
    symlinkSync(outside, join(dir, "models"));
    const run = await mlops("--model", "churn", "--assets", "models/secret.onnx");
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `mlops promote: input 'assets': 'models/secret.onnx' leads through the linked folder 'models' to '${realpathSync(join(outside, "secret.onnx"))}'; links are not stored in a release. List the file by its own path`,
    ]);
    expect(git(dir, "tag", "--list").trim()).toBe("");
  });

  it("refuses an asset named by its absolute path through a linked folder, or linked into .git", async () => {
    const { dir, mlops } = workspace();
    const outside = tempFolder();
    writeFileSync(join(outside, "secret.onnx"), "not yours");
    symlinkSync(outside, join(dir, "models"));
    const absolute = await mlops("--model", "churn", "--assets", join(dir, "models/secret.onnx"));
    expect(absolute.code).toBe(1);
    expect(absolute.stderr).toContain("leads through the linked folder 'models' to");
    symlinkSync(".git", join(dir, "repo"));
    const intoGit = await mlops("--model", "churn", "--assets", "repo/config");
    expect(intoGit.stderr.trim().split("\n")).toEqual([
      `mlops promote: input 'assets': 'repo/config' leads through the linked folder 'repo' to '${realpathSync(join(dir, ".git/config"))}'; links are not stored in a release. List the file by its own path`,
    ]);
    expect(intoGit.code).toBe(1);
  });

  it("stores a file outside the workspace named by a relative path, as by an absolute one", async () => {
    const { dir, mlops } = workspace();
    const train = tempFolder();
    writeFileSync(join(train, "model.onnx"), "weights");
    const relative = await mlops(
      ...flags({
        model: "churn",
        version: "v1.0.0",
        assets: relativePath(dir, join(train, "model.onnx")),
      }),
    );
    expect(relative.stderr).toBe("created churn@v1.0.0\n");
    const absolute = await mlops(
      ...flags({ model: "churn", version: "v1.0.0", assets: join(train, "model.onnx") }),
    );
    expect(absolute.stderr).toBe("unchanged churn@v1.0.0\n");
  });

  it("follows a linked folder outside the workspace, which the machine set up and no checkout chose", async () => {
    const { dir, mlops } = workspace();
    const train = tempFolder();
    writeFileSync(join(train, "model.onnx"), "weights");
    const link = join(tempFolder(), "latest");
    symlinkSync(train, link);
    const run = await mlops(
      ...flags({
        model: "churn",
        version: "v1.0.0",
        assets: relativePath(dir, join(link, "model.onnx")),
      }),
    );
    expect(run.stderr).toBe("created churn@v1.0.0\n");
    expect(run.code).toBe(0);
  });

  it("refuses a message with control characters, naming the character", async () => {
    const { dir, mlops } = workspace();
    const run = await mlops(
      ...flags({ model: "churn", assets: "model.onnx", message: "ok\u001b]0;pwned\u0007" }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("input 'message': has a control character (U+001B) at position 3");
    expect(git(dir, "tag", "--list").trim()).toBe("");
  });

  it("escapes control characters in registry text that reaches the terminal", async () => {
    const { dir, mlops } = workspace();
    expect((await mlops("--model", "churn", "--assets", "model.onnx")).code).toBe(0);
    // A tag someone pushed by hand, with escape sequences in its message and tagger.
    git(
      dir,
      "-c",
      "user.name=Eve\u001b[2J",
      "tag",
      "-a",
      "-m",
      "Fine\u001b[31m red\u009b",
      "churn#prod#1",
    );
    const history = await registryCli(dir, "history", "churn");
    expect(history.stdout).not.toContain("\u001b");
    expect(history.stdout).toContain("by Eve\\x1b[2J: Fine\\x1b[31m red\\u009b");
    const json = await registryCli(dir, "history", "churn", "--json");
    expect(json.stdout).not.toContain("\u009b");
    const events = (JSON.parse(json.stdout) as { events: { summary: string }[] }).events;
    expect(events.at(-1)?.summary).toBe("Fine\u001b[31m red\u009b");
  });
});

describe("promote: assigning what is registered, and rolling back", () => {
  it("assigns an existing version named without assets", async () => {
    const { dir, mlops } = await twoVersions();
    const run = await mlops(
      ...flags({ model: "churn", version: "v1.0.0", stage: "staging", json: true }),
    );
    expect(run.stderr).not.toContain("error");
    expect(run.outputs).toMatchObject({ version: "v1.0.0", "stage-tag": "churn#staging#3" });
    expect(readReport(dir).operations).toEqual([
      { operation: "register", tag: "churn@v1.0.0", created: false },
      { operation: "assign", tag: "churn#staging#3", created: true },
    ]);
  });

  it("reports a rollback as one, and history names it", async () => {
    const { dir, mlops } = await twoVersions();
    const run = await mlops("--model", "churn", "--stage", "prod", "--operation", "rollback");
    expect(run.code).toBe(0);
    expect(readReport(dir)).toMatchObject({
      operations: [{ operation: "rollback", tag: "churn#prod#3", created: true }],
      version: "v1.0.0",
      rollback_from: "v1.1.0",
    });
    const history = await registryCli(dir, "history", "churn", "--stage", "prod");
    expect(history.stdout).toContain("churn#prod#3  rollback prod to v1.0.0 (from v1.1.0)");
    const json = await registryCli(dir, "history", "churn", "--json");
    const events = (JSON.parse(json.stdout) as { events: Record<string, unknown>[] }).events;
    expect(events.at(-1)).toMatchObject({ tag: "churn#prod#3", rollback_from: "v1.1.0" });
  });
});
