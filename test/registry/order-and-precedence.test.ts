import { describe, expect, it } from "vitest";
import { LocalGitBackend, Registry, RegistryError } from "@mlops/shared";
import { importTags, makeRepo, steppingClock, tempFolder, modelFile } from "./git-fixture.js";

function setup() {
  const { dir } = makeRepo();
  const registry = new Registry({
    backend: new LocalGitBackend({ path: dir }),
    now: steppingClock(),
  });
  return { dir, registry, files: tempFolder() };
}

describe("the order of versions and events", () => {
  it("lists history in the order things happened, registrations among stage events", async () => {
    const { registry } = setup();
    await registry.promote({ artifact: "churn", version: "v1.0.0", assets: [], stage: "staging" });
    await registry.promote({ artifact: "churn", version: "v1.1.0", assets: [], stage: "staging" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    const history = await registry.history("churn");
    expect(history.map((e) => e.tag)).toEqual([
      "churn@v1.0.0",
      "churn#staging#1",
      "churn@v1.1.0",
      "churn#staging#2",
      "churn#prod#3",
    ]);
    const dates = history.map((e) => e.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it("shows versions by SemVer precedence, whatever order they were registered in", async () => {
    const { registry } = setup();
    for (const version of ["v1.10.0", "v1.2.0", "v1.2.0-rc.1", "v0.9.0", "v1.2.0-alpha"])
      await registry.register({ artifact: "churn", version, assets: [] });
    const shown = await registry.show("churn");
    expect(shown.versions.map((v) => v.version)).toEqual([
      "v0.9.0",
      "v1.2.0-alpha",
      "v1.2.0-rc.1",
      "v1.2.0",
      "v1.10.0",
    ]);
    expect(shown.latest).toBe("v1.10.0");
  });

  it("refuses a version equal to a registered one up to build metadata, and registers nothing", async () => {
    const { registry, files } = setup();
    await registry.register({ artifact: "churn", version: "v1.0.2", assets: [] });
    const other = modelFile(files, "model.onnx", "new weights");
    const attempt = registry.register({
      artifact: "churn",
      version: "v1.0.2+build.1",
      assets: [other],
    });
    await expect(attempt).rejects.toThrow(RegistryError);
    await expect(attempt).rejects.toThrow(
      "churn v1.0.2+build.1 equals the registered v1.0.2 (churn@v1.0.2) up to build metadata",
    );
    const shown = await registry.show("churn");
    expect(shown.versions.map((v) => v.version)).toEqual(["v1.0.2"]);
    expect(shown.latest).toBe("v1.0.2");
  });

  it("reads a stage tag without metadata, on a commit of many versions, as the highest of them", async () => {
    // As GTO writes them: a stage tag names its version only by the commit it points to.
    const { dir, commit } = makeRepo();
    const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));
    const versions = Array.from({ length: 300 }, (_, i) => `v1.${i}.0`);
    importTags(dir, commit, [
      ...versions.map((version, i) => ({
        name: `churn@${version}`,
        message: `Registering artifact churn version ${version}`,
        date: at(i),
      })),
      ...versions.map((_, i) => ({
        name: `churn#prod#${i + 1}`,
        message: "Assigning stage prod",
        date: at(300 + i),
      })),
    ]);
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir }) });
    const shown = await registry.show("churn");
    // By SemVer precedence, not by text: v1.299.0, not v1.99.0.
    expect(shown.stages).toEqual([{ stage: "prod", version: "v1.299.0", tag: "churn#prod#300" }]);
  });
});
