import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { LocalGitBackend, Registry, execGit, type GitExec } from "@mlops/shared";
import {
  countingExec,
  git,
  importTags,
  makeRepo,
  modelFile,
  remoteWithClones,
  setReleaseRef,
  tempFolder,
} from "./git-fixture.js";
import { modelHistory, modelNames } from "./model-histories.js";

describe("a registry with 2,000 tags of one model", () => {
  it("shows an artifact with two git calls, however many tags there are", async () => {
    const { dir, commit } = makeRepo();
    importTags(dir, commit, modelHistory("churn", 2000));
    const { exec, calls } = countingExec();
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir, exec }) });
    const summary = await registry.show("churn");
    expect(summary.latest).toBe("v1.999.0");
    expect(summary.stages).toEqual([
      { stage: "staging", version: "v1.998.0", tag: "churn#staging#999" },
      { stage: "prod", version: "v1.999.0", tag: "churn#prod#1000" },
    ]);
    // `git remote` (asked once) and `git for-each-ref`: nothing per tag.
    expect(calls.map((args) => args[0])).toEqual(["remote", "for-each-ref"]);
  });

  it("plans a dry-run promotion from one listing, which it hands back for showing", async () => {
    const { dir, commit } = makeRepo();
    importTags(dir, commit, modelHistory("churn", 2000));
    const { exec, calls } = countingExec();
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir, exec }) });
    const { registration, assignment } = await registry.promote({
      artifact: "churn",
      version: "v2.0.0",
      assets: [modelFile(tempFolder(), "model.onnx", "weights")],
      stage: "prod",
      dryRun: true,
    });
    expect(assignment).toMatchObject({ tag: "churn#prod#1001", newTag: true, changed: false });
    // The tags, and the counter claims, which a deleted tag leaves behind.
    expect(calls.map((args) => args[0])).toEqual(["remote", "for-each-ref", "for-each-ref"]);
    // Nothing was created, so what the promotion read is what a fresh listing says.
    expect(assignment.stateRead).toBe(registration.stateRead);
    expect(assignment.stateRead?.events).toEqual(await registry.history("churn"));
  });

  it("assigns with a constant number of calls too, with a remote to fetch from and push to", async () => {
    const { clones } = remoteWithClones(1);
    const { dir: seed } = { dir: clones[0]! };
    const commit = await new LocalGitBackend({ path: seed }).resolveCommit("HEAD");
    importTags(seed, commit, modelHistory("churn", 2000));
    const { exec, calls } = countingExec();
    const registry = new Registry({ backend: new LocalGitBackend({ path: seed, exec }) });
    const result = await registry.assign({
      artifact: "churn",
      stage: "prod",
      version: "v1.0.0",
      actor: "ada",
    });
    expect(result.tag).toBe("churn#prod#1001");
    // Each call's git command, past a setting given for that call alone (`git -c name=value`).
    expect(calls.map((args) => (args[0] === "-c" ? args[2] : args[0]))).toEqual([
      "remote",
      "fetch", // the artifact's tags
      "fetch", // its counter claims
      "for-each-ref",
      "for-each-ref",
      "mktag",
      // Nothing of a release: only a registration has one, or a leftover one to remove.
      "update-ref", // the tag and its claim, in one transaction
      "push",
    ]);
  });
});

describe("a remote with 2,000 tags of other models", () => {
  /** The real git, tracing into `log` the packets of each fetch of a release ref. */
  const tracingReleaseFetches =
    (log: string): GitExec =>
    (args, options) => {
      if (args[0] !== "fetch" || !args.some((a) => a.startsWith("+refs/mlops/releases/"))) {
        return execGit(args, options);
      }
      // git is started before execGit returns: the setting is read by this command alone.
      vi.stubEnv("GIT_TRACE_PACKET", log);
      try {
        return execGit(args, options);
      } finally {
        vi.unstubAllEnvs();
      }
    };

  it("sends a registration without files only the release ref it looks for", async () => {
    const { remote, clones } = remoteWithClones(1);
    const commit = git(remote, "rev-parse", "HEAD").trim();
    importTags(
      remote,
      commit,
      modelNames(20).flatMap((name) => modelHistory(name, 100)),
    );
    // Left on the remote by a tag deleted there, to be removed by this registration's push.
    setReleaseRef(remote, "churn@v1.0.0", [modelFile(tempFolder(), "model.onnx", "stale")]);
    const log = join(tempFolder(), "packets.log");
    const registry = new Registry({
      backend: new LocalGitBackend({ path: clones[0]!, exec: tracingReleaseFetches(log) }),
    });
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [] });
    // Each ref the remote listed to that fetch: `fetch< <object> <ref>`.
    const listed = readFileSync(log, "utf8")
      .split("\n")
      .flatMap((line) => /fetch< [0-9a-f]{40} (\S+)$/.exec(line)?.[1] ?? []);
    expect(listed).toEqual(["refs/mlops/releases/churn@v1.0.0"]);
    expect(git(remote, "for-each-ref", "--format=%(refname)", "refs/mlops").trim()).toBe("");
  });
});

describe("a registry with 2,000 tags over 20 models", () => {
  function twentyModels() {
    const { dir, commit } = makeRepo();
    importTags(
      dir,
      commit,
      modelNames(20).flatMap((name) => modelHistory(name, 100)),
    );
    const { exec, calls } = countingExec();
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir, exec }) });
    return { registry, calls };
  }

  it("lists only the shown model's tags, asking git for them by name", async () => {
    const { registry, calls } = twentyModels();
    const summary = await registry.show("model-07");
    expect(summary.versions).toHaveLength(50);
    expect(summary.stages).toEqual([
      { stage: "staging", version: "v1.48.0", tag: "model-07#staging#49" },
      { stage: "prod", version: "v1.49.0", tag: "model-07#prod#50" },
    ]);
    expect(calls).toEqual([
      ["remote"],
      [
        "for-each-ref",
        expect.stringMatching(/^--format=/),
        "refs/tags/model-07@*",
        "refs/tags/model-07@*/**",
        "refs/tags/model-07#*",
        "refs/tags/model-07#*/**",
      ],
    ]);
  });

  it("resolves model#prod from the stage's tags and its holder's: two listings", async () => {
    const { registry, calls } = twentyModels();
    const holder = await registry.stageHolder("model-07", "prod");
    expect(holder).toMatchObject({ version: "v1.49.0", registration: { tag: "model-07@v1.49.0" } });
    expect(holder?.assignment.tag).toBe("model-07#prod#50");
    expect(calls.map((args) => args.filter((a) => a.startsWith("refs/")))).toEqual([
      [],
      ["refs/tags/model-07#prod*", "refs/tags/model-07#prod*/**"],
      ["refs/tags/model-07@v1.49.0*", "refs/tags/model-07@v1.49.0*/**"],
    ]);
  });

  it("fetches only those tags from a remote", async () => {
    const { clones } = remoteWithClones(1);
    const dir = clones[0]!;
    const commit = await new LocalGitBackend({ path: dir }).resolveCommit("HEAD");
    importTags(dir, commit, modelHistory("model-07", 100));
    const { exec, calls } = countingExec();
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir, exec }) });
    expect((await registry.stageHolder("model-07", "prod"))?.version).toBe("v1.49.0");
    expect(calls.filter((args) => args[0] === "fetch").map((args) => args.slice(-1))).toEqual([
      ["+refs/tags/model-07#prod*:refs/tags/model-07#prod*"],
      ["+refs/tags/model-07@v1.49.0*:refs/tags/model-07@v1.49.0*"],
    ]);
  });
});
