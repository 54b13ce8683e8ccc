import { describe, expect, it } from "vitest";
import { LocalGitBackend, Registry, RegistryError } from "@mlops/shared";
import { git, importTags, makeRepo, steppingClock, tempFolder, modelFile } from "./git-fixture.js";

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

  it("orders promotions made within one second as they happened, by counters and registrations", async () => {
    // Tag dates have one-second resolution: a CI job promoting in quick succession dates all alike.
    const { dir } = makeRepo();
    const second = new Date("2026-03-01T12:00:00Z");
    const registry = new Registry({
      backend: new LocalGitBackend({ path: dir }),
      now: () => second,
    });
    await registry.promote({ artifact: "churn", version: "v1.0.0", assets: [], stage: "staging" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    await registry.promote({ artifact: "churn", version: "v1.1.0", assets: [], stage: "staging" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    expect((await registry.history("churn")).map((e) => e.tag)).toEqual([
      "churn@v1.0.0",
      "churn#staging#1",
      "churn#prod#2",
      "churn@v1.1.0",
      "churn#staging#3",
      "churn#prod#4",
    ]);
  });

  it("puts a registration before its version's events whatever the dates, else by date", async () => {
    const { dir, commit } = makeRepo();
    git(dir, "commit", "--quiet", "--allow-empty", "-m", "Second");
    const second = git(dir, "rev-parse", "HEAD").trim();
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    importTags(dir, commit, [
      // v1.0.0 was registered on a machine whose clock ran ahead of the one that assigned it.
      { name: "churn@v1.0.0", message: "Registering", date: at(9) },
      { name: "churn#prod#1", message: "Assigning", date: at(5) },
      // Nothing records whether v1.1.0 came before or after #staging#2 (of v1.0.0) in their second: by date,
      // the counted event first.
      { name: "churn@v1.1.0", message: "Registering", date: at(20), commit: second },
      { name: "churn#staging#2", message: "Assigning", date: at(20) },
      { name: "churn@v1.2.0", message: "Registering", date: at(15), commit: second },
    ]);
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir }) });
    expect((await registry.history("churn")).map((e) => e.tag)).toEqual([
      "churn@v1.0.0",
      "churn#prod#1",
      "churn@v1.2.0",
      "churn#staging#2",
      "churn@v1.1.0",
    ]);
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
