import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readEvidence } from "@mlops/shared";
import { evalReport, modelFile, tempFolder } from "./git-fixture.js";
import { seedTags } from "../emulator/seed-tags.js";
import { registryProblems, startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";
import { seedRelease } from "./seed-release.js";

let gh: GitHubRegistry;

beforeEach(async () => {
  gh = await startGitHubRegistry();
});

afterEach(async () => {
  await gh.emulator.close();
});

const MINUTE = 60_000;

/** GitHub's clock moved `ms` past the runner's: what a later run sees. */
const laterBy = (ms: number) => (gh.emulator.state.clock = () => new Date(Date.now() + ms));

/** Publishing a draft (PATCH of the release) is rate limited past every retry. */
const publishingFails = () =>
  gh.emulator.injectFaults({
    seed: 1,
    rate: 1,
    kinds: { "too-many-requests": 1 },
    only: /^PATCH \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\}$/,
  });

const request = () => ({
  artifact: "churn",
  version: "v1.0.0",
  assets: [modelFile(tempFolder(), "model.onnx", "weights")],
  actor: "ada",
});

describe("a registration on GitHub whose release could not be published", () => {
  it("says the tag is made and that running again publishes the release", async () => {
    publishingFails();
    const failed = gh.registry().register(request());
    await expect(failed).rejects.toThrow(
      /^churn@v1\.0\.0 is made, but its release could not be published: .*rate limited/,
    );
    await expect(failed).rejects.toMatchObject({
      fix: "Run the promotion again with version v1.0.0: it publishes the release the tag records",
    });
    expect(gh.state.releases).toMatchObject([{ tag_name: "churn@v1.0.0", draft: true }]);
  });

  it("is published by running it again, from the draft the failed run left", async () => {
    publishingFails();
    await expect(gh.registry().register(request())).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    const [draft] = gh.state.releases;
    const uploads = gh.state.assets.length;
    const again = await gh.registry().register(request());
    // The draft itself is published: no new release, no second upload.
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft!.id, draft: false })]);
    expect(gh.state.assets).toHaveLength(uploads);
    expect(again).toMatchObject({ changed: false, tag: "churn@v1.0.0" });
    expect(registryProblems(gh.state)).toEqual([]);
    expect(await gh.backend().fetchAssets("churn@v1.0.0")).toMatchObject([
      { name: "model.onnx", size: "weights".length },
    ]);
  });

  it("is uploaded again when the draft is gone and the files are given", async () => {
    publishingFails();
    await expect(gh.registry().register(request())).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    gh.state.releases.length = 0;
    gh.state.assets.length = 0;
    await gh.registry().register(request());
    expect(registryProblems(gh.state)).toEqual([]);
    expect(await gh.backend().fetchAssets("churn@v1.0.0")).toMatchObject([{ name: "model.onnx" }]);
  });

  it("without a draft or the files, is left as it is, and a promotion naming it still assigns the stage", async () => {
    // As a version registered with the git registry and pushed has no release either.
    publishingFails();
    await expect(gh.registry().register(request())).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    gh.state.releases.length = 0;
    gh.state.assets.length = 0;
    const run = await gh.registry().promote({ ...request(), assets: [], stage: "prod" });
    expect(run.registration).toMatchObject({ changed: false, tag: "churn@v1.0.0" });
    expect(run.assignment).toMatchObject({ changed: true, tag: "churn#prod#1" });
    expect(gh.state.releases).toEqual([]);
  });

  it("without files, gets its model card's release when run again", async () => {
    gh.emulator.injectFaults({
      seed: 1,
      rate: 1,
      kinds: { "too-many-requests": 1 },
      only: /^POST \/repos\/\{owner\}\/\{repo\}\/releases$/,
    });
    const fileless = { ...request(), assets: [] };
    await expect(gh.registry().register(fileless)).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    await gh.registry().register(fileless);
    expect(registryProblems(gh.state)).toEqual([]);
    expect(gh.state.releases).toEqual([expect.objectContaining({ draft: false })]);
  });

  it("replaces a stopped run's draft holding other files than the tag records", async () => {
    publishingFails();
    await expect(gh.registry().register(request())).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    // An upload cut short by a killed run leaves its draft with part of the files.
    gh.state.assets.length = 0;
    laterBy(31 * MINUTE);
    await gh.registry().register(request());
    expect(registryProblems(gh.state)).toEqual([]);
    expect(gh.state.releases).toHaveLength(1);
  });

  it("leaves a draft of promote's written to lately alone: another run may be uploading to it", async () => {
    publishingFails();
    await expect(gh.registry().register(request())).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    const [draft] = gh.state.releases;
    gh.state.assets.length = 0;
    laterBy(29 * MINUTE);
    const again = gh.registry().register(request());
    await expect(again).rejects.toThrow(
      /^another promotion may be uploading the files of 'churn@v1\.0\.0'/,
    );
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft!.id, draft: true })]);
    expect(gh.state.assets).toEqual([]);
  });

  it("never touches a draft of the tag that promote did not make, however old", async () => {
    publishingFails();
    await expect(gh.registry().register(request())).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    const notes = seedRelease(gh.state, {
      tag: "churn@v1.0.0",
      name: "Churn 1.0: release notes",
      assets: { "notes.md": "draft" },
      at: new Date(Date.now() - 600 * MINUTE),
    });
    laterBy(31 * MINUTE);
    await gh.registry().register(request());
    expect(gh.state.releases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tag_name: "churn@v1.0.0", draft: false }),
        expect.objectContaining({ id: notes, name: "Churn 1.0: release notes", draft: true }),
      ]),
    );
    expect(gh.state.releases).toHaveLength(2);
    expect(gh.state.assets.filter((a) => a.release_id === notes)).toHaveLength(1);
  });
});

describe("a registration on GitHub with the run record of its training run", () => {
  const RECORD = '{"schema": "mlops.run-record/v1"}\n';
  /** The request with a run record (its tag's facts as promote reads them from the file). */
  const withRun = (text = RECORD) => {
    const path = join(tempFolder(), "record.json");
    writeFileSync(path, text);
    const run = {
      id: "run-1",
      sha256: createHash("sha256").update(text).digest("hex"),
      status: "succeeded" as const,
      data_digests: [],
    };
    return { ...request(), runRecord: { run, path } };
  };

  /** A registration whose release was never published, and whose draft is gone since. */
  async function withoutDraft(registration: ReturnType<typeof withRun>) {
    publishingFails();
    await expect(gh.registry().register(registration)).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    gh.state.releases.length = 0;
    gh.state.assets.length = 0;
  }
  const stored = async () => (await gh.backend().fetchAssets("churn@v1.0.0")).map((a) => a.name);

  it("stores the record as run-record.json beside the version's files", async () => {
    await gh.registry().register(withRun());
    expect(await gh.backend().fetchAssets("churn@v1.0.0")).toMatchObject([
      { name: "model.onnx", size: "weights".length },
      { name: "run-record.json", size: RECORD.length },
    ]);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("is published by running it again from the draft that holds the record too", async () => {
    publishingFails();
    await expect(gh.registry().register(withRun())).rejects.toThrow(/could not be published/);
    gh.emulator.injectFaults(undefined);
    const [draft] = gh.state.releases;
    const uploads = gh.state.assets.length;
    await gh.registry().register(withRun());
    // The record is the tag's own file, not what an upload cut short left: the draft is kept.
    expect(gh.state.releases).toEqual([expect.objectContaining({ id: draft!.id, draft: false })]);
    expect(gh.state.assets).toHaveLength(uploads);
    expect(await stored()).toEqual(["model.onnx", "run-record.json"]);
  });

  it("stores the record again when the draft is gone and the same record is given", async () => {
    await withoutDraft(withRun());
    await gh.registry().register(withRun());
    expect(registryProblems(gh.state)).toEqual([]);
    expect(await stored()).toEqual(["model.onnx", "run-record.json"]);
  });

  it("stores the record of a registration without files where its release is made again", async () => {
    await withoutDraft({ ...withRun(), assets: [] });
    await gh.registry().register({ ...withRun(), assets: [] });
    expect(registryProblems(gh.state)).toEqual([]);
    expect(await stored()).toEqual(["run-record.json"]);
  });

  it("never stores another run's record under the name the tag gives its own", async () => {
    await withoutDraft(withRun());
    await gh.registry().register(withRun('{"schema": "mlops.run-record/v1", "rerun": true}\n'));
    expect(await stored()).toEqual(["model.onnx"]);
  });
});

describe("a stage tag on GitHub whose evidence release could not be published", () => {
  it("says the report waits in the tag's draft release", async () => {
    const registry = gh.registry();
    await registry.register(request());
    const report = join(tempFolder(), "eval-report.json");
    const weights = createHash("sha256").update("weights").digest("hex");
    writeFileSync(report, JSON.stringify(evalReport("pass", weights)));
    const evidence = await readEvidence(report);
    publishingFails();
    const failed = registry.assign({ artifact: "churn", stage: "prod", evidence });
    await expect(failed).rejects.toThrow(/^churn#prod#1 is made, but its release could not be/);
    await expect(failed).rejects.toMatchObject({
      fix: "Publish the draft release of churn#prod#1 on GitHub: it holds the report the tag records",
    });
    // The failed run's clean-up leaves it: the draft is the tag's now.
    const draft = gh.state.releases.find((r) => r.tag_name === "churn#prod#1");
    expect(draft).toMatchObject({ draft: true });
    expect(gh.state.assets.filter((a) => a.release_id === draft!.id)).toMatchObject([
      { name: "eval-report.json" },
    ]);
  });
});

describe("a registration tag made by another tool", () => {
  it("is not given a release when a promotion names its version", async () => {
    seedTags(gh.state, gh.commit, [
      { name: "churn@v1.0.0", message: "Registering churn v1.0.0\n", date: new Date() },
    ]);
    const run = await gh.registry().promote({ ...request(), assets: [], stage: "prod" });
    expect(run.registration).toMatchObject({ changed: false, tag: "churn@v1.0.0" });
    expect(run.assignment).toMatchObject({ changed: true, tag: "churn#prod#1" });
    expect(gh.state.releases).toEqual([]);
  });
});

describe("a version whose tag name a lightweight tag holds on GitHub", () => {
  it("is refused before any file is uploaded, naming the tag", async () => {
    gh.state.refs.set("refs/tags/churn@v1.0.0", gh.commit);
    await expect(gh.registry().register(request())).rejects.toThrow(
      "tag 'churn@v1.0.0' exists but is a lightweight tag, which the registry does not read",
    );
    expect(gh.state.releases).toEqual([]);
  });
});

describe("a version named on GitHub, not registered, with no files, where the versions hold files", () => {
  it("is refused before any tag or release is made, naming the version", async () => {
    await gh.registry().register(request());
    const refs = [...gh.state.refs.keys()];
    const promoted = gh
      .registry()
      .promote({ artifact: "churn", version: "v1.1.0", assets: [], stage: "prod", actor: "ada" });
    await expect(promoted).rejects.toThrow(
      "no assets are given, so churn v1.1.0, which is not registered, would be registered holding no files, though its latest, v1.0.0, holds model.onnx",
    );
    await expect(promoted).rejects.toMatchObject({
      fix: expect.stringMatching(/^To register v1\.1\.0, give its model files as assets/),
    });
    expect([...gh.state.refs.keys()]).toEqual(refs);
    expect(gh.state.releases.map((r) => r.tag_name)).toEqual(["churn@v1.0.0"]);
    expect(registryProblems(gh.state)).toEqual([]);
  });
});
