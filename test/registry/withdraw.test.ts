import { describe, expect, it } from "vitest";
import { LocalGitBackend, PolicyRefusal, Registry, eventLabel } from "@mlops/shared";
import { git, makeRepo, modelFile, steppingClock, tempFolder } from "./git-fixture.js";

/** A registry with v1.0.0 and v1.1.0 of churn, v1.1.0 in prod after v1.0.0. */
async function twoInProd() {
  const { dir } = makeRepo();
  const registry = new Registry({
    backend: new LocalGitBackend({ path: dir }),
    now: steppingClock(),
  });
  const files = tempFolder();
  for (const [i, version] of ["v1.0.0", "v1.1.0"].entries()) {
    await registry.promote({
      artifact: "churn",
      version,
      assets: [modelFile(files, `model-${i}.onnx`, `weights ${i}`)],
      stage: "prod",
    });
  }
  return { dir, registry, files };
}

describe("withdrawing a version or the whole model", () => {
  it("deregisters one version with GTO's m@v1.1.0! tag; the model and its other versions stay usable", async () => {
    const { dir, registry, files } = await twoInProd();
    const result = await registry.deregister({ artifact: "churn", version: "v1.1.0" });
    expect(result).toMatchObject({ changed: true, tag: "churn@v1.1.0!#3", version: "v1.1.0" });
    expect(git(dir, "tag", "--list", "churn@deprecated*").trim()).toBe("");
    const shown = await registry.show("churn");
    expect(shown).toMatchObject({ deprecated: false, latest: "v1.0.0" });
    expect(shown.versions.map((v) => [v.version, v.deregistration])).toEqual([
      ["v1.0.0", undefined],
      ["v1.1.0", "churn@v1.1.0!#3"],
    ]);
    // The stage passes back to the version before it, and later promotions still work.
    expect(shown.stages).toEqual([{ stage: "prod", version: "v1.0.0", tag: "churn#prod#1" }]);
    await expect(
      registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0" }),
    ).rejects.toThrow(
      expect.objectContaining({
        line: "churn v1.1.0 was deregistered by churn@v1.1.0!#3. Bring it back first (operation restore), or name another version",
      }),
    );
    const next = await registry.register({
      artifact: "churn",
      version: "v1.2.0",
      assets: [modelFile(files, "model-2.onnx", "weights 2")],
    });
    expect(next.changed).toBe(true);
  });

  it("restores a deregistered version with a new registration tag, and both show in the history", async () => {
    const { registry } = await twoInProd();
    await registry.deregister({ artifact: "churn", version: "v1.1.0" });
    const restored = await registry.restore({ artifact: "churn", version: "v1.1.0" });
    expect(restored).toMatchObject({ changed: true, tag: "churn@v1.1.0#4" });
    expect((await registry.restore({ artifact: "churn", version: "v1.1.0" })).changed).toBe(false);
    const shown = await registry.show("churn");
    expect(shown.latest).toBe("v1.1.0");
    expect(shown.stages).toEqual([{ stage: "prod", version: "v1.1.0", tag: "churn#prod#2" }]);
    const history = (await registry.history("churn")).map(eventLabel);
    expect(history.slice(-2)).toEqual(["deregister v1.1.0", "restore v1.1.0"]);
  });

  it("deprecates the model, refuses promotions while it is deprecated, and lifts it with m@deprecated!", async () => {
    const { registry, files } = await twoInProd();
    const model = modelFile(files, "model-2.onnx", "weights 2");
    expect((await registry.deprecate({ artifact: "churn" })).tag).toBe("churn@deprecated#3");
    expect(await registry.show("churn")).toMatchObject({
      deprecated: true,
      deprecation: "churn@deprecated#3",
    });
    await expect(
      registry.register({ artifact: "churn", version: "v2.0.0", assets: [model] }),
    ).rejects.toThrow(PolicyRefusal);
    const lifted = await registry.undeprecate({ artifact: "churn" });
    expect(lifted).toMatchObject({ changed: true, tag: "churn@deprecated!#4" });
    expect((await registry.undeprecate({ artifact: "churn" })).changed).toBe(false);
    expect(await registry.show("churn")).toMatchObject({
      deprecated: false,
      deprecation: undefined,
    });
    expect(
      (await registry.register({ artifact: "churn", version: "v2.0.0", assets: [model] })).changed,
    ).toBe(true);
    // Deprecated again later: a new tag, since the counter makes each one distinct.
    expect((await registry.deprecate({ artifact: "churn" })).tag).toBe("churn@deprecated#5");
    const history = (await registry.history("churn")).map(eventLabel);
    expect(history.filter((label) => label.includes("deprecate"))).toEqual([
      "deprecate",
      "undeprecate",
      "deprecate",
    ]);
  });
});
