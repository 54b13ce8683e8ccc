import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  TagConflictError,
  formatTag,
  formatTagMessage,
  parseTag,
  parseTagMessage,
  readEvidence,
  type RegistryEvent,
} from "@mlops/shared";
import { evalReport, modelFile, tempFolder } from "./git-fixture.js";
import { seedTags } from "../emulator/seed-tags.js";
import { registryProblems, startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

let gh: GitHubRegistry;
let files: string;

beforeEach(async () => {
  gh = await startGitHubRegistry();
  files = tempFolder();
});

afterEach(async () => {
  // close() throws when any request or answer strayed from GitHub's API description.
  await gh.emulator.close();
});

const tagNames = () =>
  [...gh.state.refs.keys()].filter((r) => r.startsWith("refs/tags/")).map((r) => r.slice(10));

/** Registers v1.0.0 and v1.1.0 of churn, each with its model file. */
async function twoVersions() {
  const registry = gh.registry();
  for (const [version, weights] of [
    ["v1.0.0", "weights-1"],
    ["v1.1.0", "weights-2"],
  ] as const) {
    await registry.register({
      artifact: "churn",
      version,
      assets: [modelFile(files, `${version}.onnx`, weights)],
      actor: "Ada <ada@example.com>",
    });
  }
  return registry;
}

describe("registering a version on GitHub", () => {
  it("makes an annotated tag on the commit and a published release holding the assets, with the model card as its text", async () => {
    const registry = gh.registry();
    const result = await registry.register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [modelFile(files, "model.onnx", "weights"), modelFile(files, "card.json", "{}")],
      actor: "Ada <ada@example.com>",
      runUrl: "https://github.example/acme/models/actions/runs/1",
    });
    expect(result).toMatchObject({ changed: true, tag: "churn@v1.0.0", version: "v1.0.0" });
    expect(result.releaseUrl).toBe(
      "https://github.example/acme/models/releases/tag/churn%40v1.0.0",
    );

    const ref = gh.state.refs.get("refs/tags/churn@v1.0.0")!;
    const object = gh.state.tagObjects.get(ref)!;
    expect(object.object.sha).toBe(gh.commit);
    expect(object.tagger).toMatchObject({ name: "Ada", email: "ada@example.com" });
    expect(parseTagMessage(object.message).metadata?.assets).toEqual([
      { name: "model.onnx", sha256: sha("weights"), size: 7 },
      { name: "card.json", sha256: sha("{}"), size: 2 },
    ]);

    const [release] = gh.state.releases;
    expect(release).toMatchObject({ tag_name: "churn@v1.0.0", name: "churn@v1.0.0", draft: false });
    expect(release?.body).toContain("# churn v1.0.0");
    expect(release?.body).toContain(sha("weights"));
    expect(release?.body).toContain("https://github.example/acme/models/actions/runs/1");
    expect(await gh.backend().fetchAssets("churn@v1.0.0")).toMatchObject([
      { name: "model.onnx", sha256: sha("weights"), size: 7 },
      { name: "card.json", sha256: sha("{}"), size: 2 },
    ]);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("is a no-op when re-run with the same files", async () => {
    const model = modelFile(files, "model.onnx", "weights");
    const request = { artifact: "churn", version: "v1.0.0", assets: [model], actor: "ada" };
    await gh.registry().register(request);
    const rerun = await gh.registry().register(request);
    expect(rerun).toMatchObject({ changed: false, tag: "churn@v1.0.0" });
    expect(gh.state.releases).toHaveLength(1);
    expect(gh.state.assets).toHaveLength(1);
  });

  it("without files still publishes a release with the model card", async () => {
    await gh
      .registry()
      .register({ artifact: "prompt", version: "v0.1.0", assets: [], actor: "ada" });
    expect(gh.state.releases).toMatchObject([{ tag_name: "prompt@v0.1.0", draft: false }]);
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("records the token's account as the tagger when no actor is named", async () => {
    await gh.registry().register({ artifact: "churn", version: "v1.0.0", assets: [] });
    const [event] = await gh.registry().history("churn");
    expect(event?.tagger).toEqual({
      name: "github-actions[bot]",
      email: "github-actions[bot]@users.noreply.github.com",
    });
  });

  it("leaves neither tag nor release when an upload fails for good", async () => {
    gh.emulator.injectFaults({
      seed: 1,
      rate: 1,
      // A rate limit that outlasts every retry: the upload never takes effect.
      kinds: { "too-many-requests": 1 },
      only: /^POST \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\}\/assets$/,
    });
    await expect(
      gh.registry().register({
        artifact: "churn",
        version: "v1.0.0",
        assets: [modelFile(files, "model.onnx", "weights")],
        actor: "ada",
      }),
    ).rejects.toThrow(/rate limited/);
    expect(tagNames()).toEqual([]);
    expect(gh.state.releases).toEqual([]);
    expect(gh.state.assets).toEqual([]);
  });

  it("deletes its draft when another registration takes the tag first, and reports the conflict", async () => {
    const backend = gh.backend();
    await backend.storeAssets("churn@v1.0.0", [modelFile(files, "model.onnx", "mine")]);
    expect(gh.state.releases).toMatchObject([{ tag_name: "churn@v1.0.0", draft: true }]);
    seedTags(gh.state, gh.commit, [
      { name: "churn@v1.0.0", message: "Register churn v1.0.0\n", date: new Date() },
    ]);
    await expect(
      backend.createTag({
        name: "churn@v1.0.0",
        commit: gh.commit,
        tagger: { name: "ada", email: "" },
        date: new Date(),
        message: "Register churn v1.0.0 with other files\n",
      }),
    ).rejects.toBeInstanceOf(TagConflictError);
    expect(gh.state.releases).toEqual([]);
    expect(gh.state.assets).toEqual([]);
  });
});

describe("stages on GitHub", () => {
  it("claims each counter once per artifact, and counts past a claim whose tag was never made", async () => {
    const registry = await twoVersions();
    // A writer that died between claiming #1 and making its tag.
    gh.state.refs.set("refs/mlops/counters/churn#1", gh.commit);
    await registry.assign({ artifact: "churn", stage: "staging", version: "v1.0.0" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0" });
    expect(tagNames().filter((t) => t.includes("#"))).toEqual(["churn#staging#2", "churn#prod#3"]);
    expect([...gh.state.refs.keys()].filter((r) => r.startsWith("refs/mlops/"))).toEqual([
      "refs/mlops/counters/churn#1",
      "refs/mlops/counters/churn#2",
      "refs/mlops/counters/churn#3",
    ]);
  });

  it("publishes the eval report that allowed an assignment as the release of its stage tag", async () => {
    const registry = await twoVersions();
    const reportPath = join(files, "report.json");
    writeFileSync(reportPath, JSON.stringify(evalReport("pass", sha("weights-2"))));
    const evidence = await readEvidence(reportPath, "mlops-out/eval-report.json");
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0", evidence });
    expect(gh.state.releases).toContainEqual(
      expect.objectContaining({ tag_name: "churn#prod#1", draft: false }),
    );
    const [stored] = await registry.backend.fetchAssets("churn#prod#1");
    expect(stored).toMatchObject({ name: "eval-report.json", size: statSync(reportPath).size });
    const downloaded = await registry.backend.assetFile("churn#prod#1", "eval-report.json");
    expect(readFileSync(downloaded!, "utf8")).toBe(readFileSync(reportPath, "utf8"));
    // A file the release lacks is undefined, and leaves no folder behind for it.
    const scratch = tempFolder();
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      expect(await registry.backend.assetFile("churn#prod#1", "model.bin")).toBeUndefined();
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    expect(readdirSync(scratch)).toEqual([]);
    const [event] = await registry.history("churn", "prod");
    expect(event?.metadata?.evidence).toMatchObject({
      sha256: evidence.sha256,
      asset: "eval-report.json",
    });
  });

  it("assigns, unassigns and rolls back with counter tags, and show reads them back", async () => {
    const registry = await twoVersions();
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0", actor: "ada" });
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0", actor: "ada" });
    expect((await registry.show("churn")).stages).toEqual([
      { stage: "prod", version: "v1.1.0", tag: "churn#prod#2" },
    ]);

    const rollback = await registry.rollback({ artifact: "churn", stage: "prod", actor: "bob" });
    expect(rollback).toMatchObject({
      tag: "churn#prod#3",
      version: "v1.0.0",
      previousVersion: "v1.1.0",
    });
    const unassigned = await registry.unassign({
      artifact: "churn",
      stage: "prod",
      version: "v1.0.0",
      actor: "bob",
    });
    expect(unassigned.tag).toBe("churn#prod!#4");
    expect(await registry.show("churn")).toEqual({
      artifact: "churn",
      deprecated: false,
      deprecation: undefined,
      latest: "v1.1.0",
      versions: [
        { version: "v1.0.0", tag: "churn@v1.0.0", active: true, deregistration: undefined },
        { version: "v1.1.0", tag: "churn@v1.1.0", active: true, deregistration: undefined },
      ],
      // Unassigning the holder hands the stage back to the version assigned before it.
      stages: [{ stage: "prod", version: "v1.1.0", tag: "churn#prod#2" }],
    });
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("rolls back one version further each time, from what its tags record, and then refuses", async () => {
    const registry = await twoVersions();
    await registry.register({
      artifact: "churn",
      version: "v1.2.0",
      assets: [modelFile(files, "v1.2.0.onnx", "weights-3")],
    });
    for (const version of ["v1.0.0", "v1.1.0", "v1.2.0"])
      await registry.assign({ artifact: "churn", stage: "prod", version });
    const back = [];
    for (let i = 0; i < 2; i++)
      back.push((await registry.rollback({ artifact: "churn", stage: "prod" })).version);
    expect(back).toEqual(["v1.1.0", "v1.0.0"]);
    // A fresh reader of the same repository walks the same way: nothing is kept between runs.
    await expect(gh.registry().rollback({ artifact: "churn", stage: "prod" })).rejects.toThrow(
      "stage 'prod' of churn has no version before v1.0.0 to roll back to",
    );
    expect(registryProblems(gh.state)).toEqual([]);
  });

  it("keeps a history with who, when and why, and answers which version held a stage at a moment", async () => {
    const registry = await twoVersions();
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0", actor: "ada" });
    await registry.assign({
      artifact: "churn",
      stage: "prod",
      version: "v1.1.0",
      actor: "bob",
      message: "Better recall",
    });
    const history = await registry.history("churn", "prod");
    const brief = (e: RegistryEvent) => [e.tag, e.action, e.version, e.tagger.name, e.summary];
    expect(history.map(brief)).toEqual([
      ["churn#prod#1", "assign", "v1.0.0", "ada", "Assign churn v1.0.0 to prod"],
      ["churn#prod#2", "assign", "v1.1.0", "bob", "Better recall"],
    ]);
    const [first, second] = history;
    const between = new Date((first!.date.getTime() + second!.date.getTime()) / 2);
    expect((await registry.stageHolder("churn", "prod", between))?.version).toBe("v1.0.0");
    expect((await registry.stageHolder("churn", "prod", second!.date))?.version).toBe("v1.1.0");
    expect(await registry.stageHolder("churn", "prod", new Date(first!.date.getTime() - 1))).toBe(
      undefined,
    );
  });

  it("deprecates an artifact with its tag", async () => {
    const registry = await twoVersions();
    const result = await registry.deprecate({ artifact: "churn", actor: "ada" });
    expect(result).toMatchObject({ changed: true, tag: "churn@deprecated#1" });
    expect((await registry.show("churn")).deprecated).toBe(true);
  });
});

describe("what the GitHub backend writes", () => {
  it("is tags that GTO's grammar reads with the meaning they were written with", async () => {
    const registry = await twoVersions();
    await registry.assign({ artifact: "churn", stage: "prod", version: "v1.1.0", actor: "ada" });
    await registry.unassign({ artifact: "churn", stage: "prod", version: "v1.1.0", actor: "ada" });
    await registry.deprecate({ artifact: "churn", actor: "ada" });
    const written = tagNames().sort();
    expect(written).toEqual([
      "churn#prod!#2",
      "churn#prod#1",
      "churn@deprecated#3",
      "churn@v1.0.0",
      "churn@v1.1.0",
    ]);
    expect(written.map(parseTag)).toEqual([
      { action: "unassign", artifact: "churn", stage: "prod", counter: 2 },
      { action: "assign", artifact: "churn", stage: "prod", counter: 1 },
      { action: "deprecate", artifact: "churn", counter: 3 },
      { action: "register", artifact: "churn", version: "v1.0.0" },
      { action: "register", artifact: "churn", version: "v1.1.0" },
    ]);
    expect(written.map((name) => formatTag(parseTag(name)))).toEqual(written);
    // Each is annotated, and its message carries the machine-readable block.
    for (const name of written) {
      const object = gh.state.tagObjects.get(gh.state.refs.get(`refs/tags/${name}`)!);
      expect(parseTagMessage(object!.message).metadata?.schema).toBe("mlops.registry-event/v1");
    }
  });
});

describe("reading a registry on GitHub", () => {
  it("costs one GraphQL request per 100 tags and nothing per tag object", async () => {
    const date = new Date("2026-01-01T00:00:00Z");
    seedTags(
      gh.state,
      gh.commit,
      Array.from({ length: 250 }, (_, i) => ({
        name: `churn@v1.${i}.0`,
        date,
        message: formatTagMessage(`Register churn v1.${i}.0`, {
          schema: "mlops.registry-event/v1",
        }),
      })),
    );
    gh.emulator.requests.length = 0;
    const summary = await gh.registry().show("churn");
    expect(summary.latest).toBe("v1.249.0");
    expect(summary.versions).toHaveLength(250);
    expect(gh.emulator.requests.map((r) => r.route)).toEqual([
      "POST /graphql",
      "POST /graphql",
      "POST /graphql",
    ]);
  });

  it("reads lightweight tags as tags that record no event", async () => {
    gh.state.refs.set("refs/tags/churn@v9.0.0", gh.commit);
    const [record] = await gh.backend().listTags();
    expect(record).toEqual({
      name: "churn@v9.0.0",
      annotated: false,
      commit: gh.commit,
      tagger: null,
      date: null,
      message: "",
    });
    expect(await gh.registry().history("churn")).toEqual([]);
  });
});
