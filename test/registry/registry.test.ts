import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  LocalGitBackend,
  NotFoundError,
  PolicyRefusal,
  Registry,
  RegistryError,
  parseTagMessage,
  type RegistryBackend,
} from "@mlops/shared";
import { git, makeRepo, modelFile, steppingClock, tempFolder } from "./git-fixture.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

function setup(options: { backend?: (dir: string) => RegistryBackend } = {}) {
  const { dir, commit } = makeRepo();
  const backend = options.backend?.(dir) ?? new LocalGitBackend({ path: dir });
  const registry = new Registry({ backend, now: steppingClock() });
  const files = tempFolder();
  return { dir, commit, registry, files };
}

describe("registering versions", () => {
  it("tags the commit, stores the assets first, and records their digests in the message", async () => {
    const { dir, commit, registry, files } = setup();
    const model = modelFile(files, "model.onnx", "weights-1");
    const result = await registry.register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [model],
      actor: "ada",
      runUrl: "https://ci.example/run/1",
    });
    expect(result).toMatchObject({ changed: true, tag: "churn@v1.0.0", version: "v1.0.0" });
    expect(result.releaseUrl).toBe(join(dir, ".mlops", "releases", "churn@v1.0.0"));
    expect(existsSync(join(result.releaseUrl, "model.onnx"))).toBe(true);

    const [event] = await registry.history("churn");
    expect(event).toMatchObject({
      action: "register",
      version: "v1.0.0",
      commit,
      tagger: { name: "ada", email: "" },
    });
    expect(event?.summary).toBe("Register churn v1.0.0");
    expect(event?.metadata).toEqual({
      schema: "mlops.registry-event/v1",
      assets: [{ name: "model.onnx", sha256: sha("weights-1"), size: 9 }],
      run_url: "https://ci.example/run/1",
    });
    expect(
      git(dir, "for-each-ref", "--format=%(objecttype)", "refs/tags/churn@v1.0.0").trim(),
    ).toBe("tag");
  });

  it("bumps from the latest version by SemVer precedence, not by date", async () => {
    const { registry, files } = setup();
    /** Registers churn at the requested version, with a model file of its own. */
    const register = (version: string, model: string) =>
      registry.register({
        artifact: "churn",
        version,
        assets: [modelFile(files, `${model}.bin`, model)],
      });
    await register("v1.4.0", "a");
    await register("1.2.0", "b");
    const patch = await register("auto", "c");
    const minor = await register("minor", "d");
    const major = await register("major", "e");
    expect([patch.version, minor.version, major.version]).toEqual(["v1.4.1", "v1.5.0", "v2.0.0"]);
    expect((await registry.show("churn")).latest).toBe("v2.0.0");
  });

  it("is a no-op when re-run with the same files, explicit or auto", async () => {
    const { registry, files } = setup();
    const model = modelFile(files, "model.onnx", "weights");
    const first = await registry.register({ artifact: "churn", version: "auto", assets: [model] });
    const again = await registry.register({ artifact: "churn", version: "auto", assets: [model] });
    const explicit = await registry.register({
      artifact: "churn",
      version: first.version!,
      assets: [model],
    });
    expect(first).toMatchObject({ changed: true, tag: "churn@v0.0.1" });
    expect(again).toMatchObject({ changed: false, tag: "churn@v0.0.1" });
    expect(explicit).toMatchObject({ changed: false, tag: "churn@v0.0.1" });
    expect(await registry.history("churn")).toHaveLength(1);
  });

  it("names the version a bump's files already are, the latest or an older one", async () => {
    const { registry, files } = setup();
    const first = modelFile(files, "model.onnx", "first");
    const second = modelFile(tempFolder(), "model.onnx", "second");
    await registry.register({ artifact: "churn", version: "auto", assets: [first] });
    await registry.register({ artifact: "churn", version: "auto", assets: [second] });
    const back = await registry.register({ artifact: "churn", version: "minor", assets: [first] });
    expect(back).toMatchObject({ changed: false, tag: "churn@v0.0.1", version: "v0.0.1" });
    expect((await registry.show("churn")).latest).toBe("v0.0.2");
  });

  it("refuses to register a taken version with other files, naming both digests", async () => {
    const { registry, files } = setup();
    await registry.register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [modelFile(files, "model.onnx", "one")],
    });
    const other = modelFile(tempFolder(), "model.onnx", "two");
    await expect(
      registry.register({ artifact: "churn", version: "v1.0.0", assets: [other] }),
    ).rejects.toThrow(
      new RegExp(`recorded \\[model.onnx ${sha("one")}\\], given \\[model.onnx ${sha("two")}\\]`),
    );
  });

  it("removes the stored assets when the tag cannot be created", async () => {
    const { dir, registry, files } = setup({
      backend: (dir) => {
        const real = new LocalGitBackend({ path: dir });
        return Object.assign(Object.create(real) as LocalGitBackend, {
          createTag: () => Promise.reject(new RegistryError("the disk is full")),
        });
      },
    });
    const model = modelFile(files, "model.onnx", "weights");
    await expect(
      registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] }),
    ).rejects.toThrow("the disk is full");
    expect(existsSync(join(dir, ".mlops", "releases", "churn@v1.0.0"))).toBe(false);
    expect(git(dir, "tag", "--list").trim()).toBe("");
  });

  it("creates nothing in a dry run, and says what it would create", async () => {
    const { dir, registry, files } = setup();
    const result = await registry.register({
      artifact: "churn",
      version: "auto",
      assets: [modelFile(files, "m.bin", "m")],
      dryRun: true,
    });
    expect(result).toMatchObject({ changed: false, tag: "churn@v0.0.1" });
    expect(git(dir, "tag", "--list").trim()).toBe("");
    expect(existsSync(join(dir, ".mlops"))).toBe(false);
  });
});

describe("stages", () => {
  async function threeVersions() {
    const context = setup();
    for (const [i, version] of ["v1.0.0", "v1.1.0", "v1.2.0"].entries())
      await context.registry.register({
        artifact: "churn",
        version,
        assets: [modelFile(context.files, `m${i}.bin`, version)],
      });
    return context;
  }

  it("assigns with a counter one above the highest on any tag of the artifact", async () => {
    const { registry } = await threeVersions();
    const first = await registry.assign({ artifact: "churn", stage: "staging", version: "v1.0.0" });
    const second = await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    const third = await registry.assign({ artifact: "churn", stage: "staging", version: "v1.1.0" });
    expect([first.tag, second.tag, third.tag]).toEqual([
      "churn#staging#1",
      "churn#prod#2",
      "churn#staging#3",
    ]);
    expect(third.previousVersion).toBe("v1.0.0");
    expect((await registry.show("churn")).stages).toEqual([
      { stage: "staging", version: "v1.1.0", tag: "churn#staging#3" },
      { stage: "prod", version: "v1.0.0", tag: "churn#prod#2" },
    ]);
  });

  it("assigns the latest version when none is named, and re-assigning is a no-op that reports the tag", async () => {
    const { registry } = await threeVersions();
    const first = await registry.assign({ artifact: "churn", stage: "prod" });
    const again = await registry.assign({ artifact: "churn", stage: "prod", version: "v1.2.0" });
    expect(first).toMatchObject({ changed: true, tag: "churn#prod#1", version: "v1.2.0" });
    expect(again).toMatchObject({ changed: false, tag: "churn#prod#1", version: "v1.2.0" });
  });

  it("rolls a stage back to the version it had before, as a new assignment", async () => {
    const { registry } = await threeVersions();
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.2.0" });
    const rolled = await registry.rollback({ artifact: "churn", stage: "prod" });
    expect(rolled).toMatchObject({
      changed: true,
      tag: "churn#prod#3",
      version: "v1.0.0",
      previousVersion: "v1.2.0",
    });
    const history = await registry.history("churn", "prod");
    expect(history.map((e) => [e.tag, e.version])).toEqual([
      ["churn#prod#1", "v1.0.0"],
      ["churn#prod#2", "v1.2.0"],
      ["churn#prod#3", "v1.0.0"],
    ]);
    expect(history[2]?.metadata?.rollback_from).toBe("v1.2.0");
  });

  it("refuses a rollback with nothing to go back to", async () => {
    const { registry } = await threeVersions();
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    await expect(registry.rollback({ artifact: "churn", stage: "prod" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("rolls back one version further each time, skipping the versions it rolled back from", async () => {
    const { registry } = await threeVersions();
    for (const version of ["v1.0.0", "v1.1.0", "v1.2.0"])
      await registry.assign({ artifact: "churn", stage: "prod", version });
    const first = await registry.rollback({ artifact: "churn", stage: "prod" });
    const second = await registry.rollback({ artifact: "churn", stage: "prod" });
    expect([first, second]).toMatchObject([
      { tag: "churn#prod#4", version: "v1.1.0", previousVersion: "v1.2.0" },
      { tag: "churn#prod#5", version: "v1.0.0", previousVersion: "v1.1.0" },
    ]);
    // The walk is read from the tags: each rollback records the version it left.
    const history = await registry.history("churn", "prod");
    expect(history.slice(3).map((e) => e.metadata?.rollback_from)).toEqual(["v1.2.0", "v1.1.0"]);
    const third = registry.rollback({ artifact: "churn", stage: "prod" });
    await expect(third).rejects.toBeInstanceOf(NotFoundError);
    await expect(third).rejects.toThrow(
      "stage 'prod' of churn has no version before v1.0.0 to roll back to (versions it was rolled back from, unassigned or deregistered are skipped)",
    );
    await expect(third).rejects.toMatchObject({
      fix: "Assign a version by name instead (operation assign with version, such as v1.2.0), or unassign the stage",
    });
  });

  it("rolls back past deregistered versions, and to a version assigned again after a rollback", async () => {
    const { registry } = await threeVersions();
    for (const version of ["v1.0.0", "v1.1.0", "v1.2.0"])
      await registry.assign({ artifact: "churn", stage: "prod", version });
    await registry.deregister({ artifact: "churn", version: "v1.1.0" });
    expect(await registry.rollback({ artifact: "churn", stage: "prod" })).toMatchObject({
      version: "v1.0.0",
      previousVersion: "v1.2.0",
    });
    // Assigned again by name, v1.2.0 is on the way back once more, with v1.0.0 below it.
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.2.0" });
    await registry.restore({ artifact: "churn", version: "v1.1.0" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    const back = [];
    for (let i = 0; i < 2; i++)
      back.push((await registry.rollback({ artifact: "churn", stage: "prod" })).version);
    expect(back).toEqual(["v1.2.0", "v1.0.0"]);
  });

  it("says what each stage holds after a deregistration hands it to an older version", async () => {
    const { registry } = await threeVersions();
    for (const version of ["v1.0.0", "v1.1.0", "v1.2.0"])
      await registry.assign({ artifact: "churn", stage: "prod", version });
    await registry.assign({ artifact: "churn", stage: "staging", version: "v1.2.0" });
    const planned = await registry.deregister({
      artifact: "churn",
      version: "v1.2.0",
      dryRun: true,
    });
    const done = await registry.deregister({ artifact: "churn", version: "v1.2.0" });
    for (const result of [planned, done]) {
      expect(result.stagesNow).toEqual([
        {
          stage: "prod",
          version: "v1.1.0",
          tag: "churn#prod#2",
          before: "v1.2.0",
          assigned: ["v1.1.0", "v1.0.0"],
        },
        { stage: "staging", version: undefined, tag: undefined, before: "v1.2.0", assigned: [] },
      ]);
    }
    expect((await registry.show("churn")).stages.map((s) => [s.stage, s.version])).toEqual([
      ["prod", "v1.1.0"],
      ["staging", undefined],
    ]);
  });

  it("unassigns, handing the stage back to the version assigned before (as GTO does)", async () => {
    const { registry } = await threeVersions();
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    const removed = await registry.unassign({ artifact: "churn", stage: "prod" });
    expect(removed).toMatchObject({ changed: true, tag: "churn#prod!#3", version: "v1.1.0" });
    expect((await registry.show("churn")).stages).toEqual([
      { stage: "prod", version: "v1.0.0", tag: "churn#prod#1" },
    ]);
    const again = await registry.unassign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    expect(again.changed).toBe(false);
  });

  it("answers which version had a stage at a given time", async () => {
    const { registry } = await threeVersions();
    // The clock moves a minute per tag: three registrations, then these at 12:03, 12:04, 12:05.
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    await registry.unassign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    const at = async (time: string) =>
      (await registry.stageHolder("churn", "prod", new Date(time)))?.version;
    expect(await at("2026-03-01T12:02:59Z")).toBeUndefined();
    expect(await at("2026-03-01T12:03:00Z")).toBe("v1.0.0");
    expect(await at("2026-03-01T12:04:30Z")).toBe("v1.1.0");
    expect(await at("2026-03-01T12:05:00Z")).toBe("v1.0.0");
  });

  it("keeps who, when, why and the commit of every event", async () => {
    const { registry, commit } = await threeVersions();
    await registry.assign({
      artifact: "churn",
      stage: "prod",
      version: "v1.1.0",
      actor: "Grace Hopper <grace@example.com>",
      message: "Beats v1.0.0 on recall",
    });
    const [event] = await registry.history("churn", "prod");
    expect(event).toMatchObject({
      tagger: { name: "Grace Hopper", email: "grace@example.com" },
      date: new Date("2026-03-01T12:03:00Z"),
      summary: "Beats v1.0.0 on recall",
      commit,
      version: "v1.1.0",
    });
  });

  it("refuses to touch a deprecated artifact, and deprecating twice is a no-op", async () => {
    const { registry } = await threeVersions();
    expect((await registry.deprecate({ artifact: "churn" })).tag).toMatch(/^churn@deprecated#\d+$/);
    expect((await registry.deprecate({ artifact: "churn" })).changed).toBe(false);
    expect((await registry.show("churn")).deprecated).toBe(true);
    await expect(registry.assign({ artifact: "churn", stage: "prod" })).rejects.toBeInstanceOf(
      PolicyRefusal,
    );
  });
});

describe("tags written by other tools", () => {
  it("reads GTO's stage tags, which name the version by commit only", async () => {
    const { dir, registry } = setup();
    git(dir, "tag", "-a", "-m", "Registering", "legacy@v0.3.0");
    git(dir, "tag", "-a", "-m", "Promote", "legacy#prod#1");
    git(dir, "tag", "legacy#staging#2"); // lightweight: no event, but its counter is taken
    const summary = await registry.show("legacy");
    expect(summary.stages).toEqual([{ stage: "prod", version: "v0.3.0", tag: "legacy#prod#1" }]);
    expect((await registry.assign({ artifact: "legacy", stage: "staging" })).tag).toBe(
      "legacy#staging#3",
    );
    const [, , staging] = await registry.history("legacy");
    expect(parseTagMessage(`${staging?.summary}`).summary).toBe("Assign legacy v0.3.0 to staging");
  });
});
