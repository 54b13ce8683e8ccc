/**
 * What a deleted tag or a killed run leaves in a registry, and how later registrations treat it:
 * a release ref the remote holds without its tag, a counter claim whose tag is gone, a staging
 * folder of a run killed before its tag. None may pass for a new tag's, or stay forever.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  LocalGitBackend,
  Registry,
  TagConflictError,
  execGit,
  fetchRelease,
  parseReference,
  stagingPrefix,
  type GitExec,
} from "@mlops/shared";
import {
  git,
  makeRepo,
  modelFile,
  remoteWithClones,
  setReleaseRef,
  tempFolder,
} from "./git-fixture.js";

const TAG = "churn@v1.3.0";
const RELEASE = `refs/mlops/releases/${TAG}`;

/** The registry's refs in `dir`: tags, claims and releases. */
const registryRefs = (dir: string) =>
  git(dir, "for-each-ref", "--format=%(refname)", "refs/tags", "refs/mlops").trim().split("\n");

/** A registry on `clone` whose retries are counted and take no time, and whose warnings are kept. */
function countingRetries(clone: string, exec: GitExec = execGit) {
  let retries = 0;
  const warnings: string[] = [];
  const registry = new Registry({
    backend: new LocalGitBackend({ path: clone, exec, warn: (message) => warnings.push(message) }),
    retry: { sleep: async () => void retries++ },
  });
  return { registry, retries: () => retries, warnings };
}

/** The commit `ref` points at in `dir`. */
const at = (dir: string, ref: string) => git(dir, "rev-parse", ref).trim();

describe("a release ref the remote holds without its tag (the tag deleted there)", () => {
  it("is deleted on the remote by the push of the version registered without files", async () => {
    const { remote, clones } = remoteWithClones(2);
    setReleaseRef(remote, TAG, [modelFile(tempFolder(), "model.onnx", "stale")]);
    const { registry } = countingRetries(clones[0]!);
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [] });
    expect(registryRefs(remote)).toEqual([`refs/tags/${TAG}`]);
    for (const clone of clones) {
      expect(await new LocalGitBackend({ path: clone }).fetchAssets(TAG)).toEqual([]);
    }
  });

  it("is a conflict, retried, when it moves between its reading and the push", async () => {
    const { remote, clones } = remoteWithClones(1);
    setReleaseRef(remote, TAG, [modelFile(tempFolder(), "model.onnx", "stale")]);
    let moved: string | undefined;
    const exec: GitExec = async (args, options) => {
      const result = await execGit(args, options);
      if (!moved && args[0] === "fetch" && args.includes(`+${RELEASE}:${RELEASE}`)) {
        setReleaseRef(remote, TAG, [modelFile(tempFolder(), "model.onnx", "moved")]);
        moved = at(remote, RELEASE);
      }
      return result;
    };
    const { registry, retries, warnings } = countingRetries(clones[0]!, exec);
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [] });
    expect(retries()).toBe(1);
    expect(registryRefs(remote)).toEqual([`refs/tags/${TAG}`]);
    // Only the try that deleted it warns, of the commit it deleted.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${RELEASE} on the remote 'origin' (commit ${moved!})`);
  });

  it("is not fetched as the files of a version its tag records none of, once there", async () => {
    const { remote, clones } = remoteWithClones(2);
    await countingRetries(clones[0]!).registry.register({
      artifact: "churn",
      version: "v1.3.0",
      assets: [],
    });
    // Pushed after the registration, as by hand or by a registry of an older mlops.
    setReleaseRef(remote, TAG, [modelFile(tempFolder(), "model.onnx", "stale")]);
    const backend = new LocalGitBackend({ path: clones[1]! });
    const to = join(tempFolder(), "model");
    await expect(fetchRelease(backend, parseReference(TAG)!, () => to)).rejects.toThrow(
      `release ${TAG} records no files: the version was registered without any`,
    );
    expect(existsSync(to)).toBe(false);
  });
});

describe("a counter claim whose stage tag was deleted on the remote", () => {
  /** A remote whose claim churn#1 outlived its tag churn#prod#1, and a clone that made both. */
  async function orphanedClaim() {
    const { remote, clones } = remoteWithClones(2);
    const first = countingRetries(clones[0]!).registry;
    await first.promote({ artifact: "churn", version: "v1.0.0", assets: [], stage: "prod" });
    git(remote, "tag", "--delete", "churn#prod#1");
    return { remote, clones };
  }

  it("is counted past by a fresh clone, at the first try", async () => {
    const { remote, clones } = await orphanedClaim();
    const { registry, retries } = countingRetries(clones[1]!);
    const result = await registry.assign({ artifact: "churn", stage: "prod", version: "v1.0.0" });
    expect(result.tag).toBe("churn#prod#2");
    expect(retries()).toBe(0);
    expect(registryRefs(remote)).toEqual([
      "refs/mlops/counters/churn#1",
      "refs/mlops/counters/churn#2",
      "refs/tags/churn#prod#2",
      "refs/tags/churn@v1.0.0",
    ]);
  });

  it("is never moved to a new tag of its counter, even one whose commit descends from its own", async () => {
    const { remote, clones } = await orphanedClaim();
    const clone = clones[1]!;
    // The clone has the old tag's object (fetched before the deletion) but no claim of its own,
    // and tags the same commit: git would take the claim's move for a fast-forward.
    git(clone, "fetch", "--quiet", "origin", "refs/mlops/counters/*:refs/claims-seen/*");
    git(clone, "update-ref", "-d", "refs/claims-seen/churn#1");
    const claimed = git(remote, "rev-parse", "refs/mlops/counters/churn#1").trim();
    const backend = new LocalGitBackend({ path: clone });
    const tag = {
      name: "churn#prod#1",
      commit: git(clone, "rev-parse", "HEAD").trim(),
      tagger: { name: "Late", email: "" },
      date: new Date(),
      message: "Assign\n",
    };
    await expect(backend.createTag(tag)).rejects.toBeInstanceOf(TagConflictError);
    expect(git(remote, "rev-parse", "refs/mlops/counters/churn#1").trim()).toBe(claimed);
    expect(git(remote, "tag", "--list").trim()).toBe("churn@v1.0.0");
    expect(registryRefs(clone)).toEqual(["refs/tags/churn@v1.0.0"]);
  });
});

describe("staging folders of registrations killed before their tag", () => {
  it("are removed by the next registration, while a running one's, another host's and another container's stay", async () => {
    const { dir } = makeRepo();
    const releases = join(dir, ".mlops", "releases");
    // A process that has exited, and one that runs until the end of the test.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    const running = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    try {
      const left = {
        killed: `${stagingPrefix(gone)}AbC123`,
        running: `${stagingPrefix(running.pid)}DeF456`,
        elsewhere: `${stagingPrefix(gone, "other-host")}GhI789`,
        // A container sharing this host's name and this disk, whose processes this one cannot see.
        container: `${stagingPrefix(gone, undefined, "pid4026532999")}JkL012`,
      };
      for (const folder of Object.values(left)) {
        mkdirSync(join(releases, folder), { recursive: true });
        writeFileSync(join(releases, folder, "model.onnx"), "a copy of the model");
      }
      const registry = new Registry({ backend: new LocalGitBackend({ path: dir }) });
      const model = modelFile(tempFolder(), "model.onnx", "weights");
      await registry.register({ artifact: "churn", version: "v1.3.0", assets: [model] });
      expect(readdirSync(releases).sort()).toEqual(
        [".gitignore", left.elsewhere, left.container, left.running, TAG].sort(),
      );
    } finally {
      running.kill();
    }
  });
});

describe("a release ref left without its tag by a registration that stopped midway", () => {
  const weights = () => modelFile(tempFolder(), "model.onnx", "weights");

  it("is replaced here with one warning naming the version, the ref and its commit", async () => {
    const { dir } = makeRepo();
    setReleaseRef(dir, TAG, [modelFile(tempFolder(), "model.onnx", "stale")]);
    const leftover = at(dir, RELEASE);
    const { registry, warnings } = countingRetries(dir);
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [weights()] });
    expect(warnings).toEqual([
      `${TAG} was registered over a release left without its tag by an earlier registration ` +
        `that stopped midway, or by a tag deleted since: ${RELEASE} here (commit ` +
        `${leftover}); its files were replaced by this registration's. git ls-tree ` +
        `<commit> lists them there until git gc prunes the commit`,
    ]);
    expect(git(dir, "show", `${RELEASE}:model.onnx`)).toBe("weights");
  });

  it("is replaced on the remote by the push, with one warning naming the remote's commit", async () => {
    const { remote, clones } = remoteWithClones(1);
    setReleaseRef(remote, TAG, [modelFile(tempFolder(), "model.onnx", "stale")]);
    const leftover = at(remote, RELEASE);
    const { registry, warnings } = countingRetries(clones[0]!);
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [weights()] });
    expect(warnings).toHaveLength(1);
    // Named whole: the clone lacks the object, which only its whole name finds on the remote.
    expect(warnings[0]).toContain(`: ${RELEASE} on the remote 'origin' (commit ${leftover}`);
    expect(warnings[0]).toContain("its files were replaced by this registration's");
    expect(git(remote, "show", `${RELEASE}:model.onnx`)).toBe("weights");
  });

  it("names both places in its one warning where the clone and the remote hold it", async () => {
    const { clones } = remoteWithClones(1);
    const clone = clones[0]!;
    setReleaseRef(clone, TAG, [modelFile(tempFolder(), "model.onnx", "stale")]);
    git(clone, "push", "--quiet", "origin", RELEASE);
    const leftover = at(clone, RELEASE);
    const { registry, warnings } = countingRetries(clone);
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [weights()] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `${RELEASE} here and on the remote 'origin' (commit ${leftover});`,
    );
  });

  it("names each place's commit where the clone and the remote hold different ones", async () => {
    const { remote, clones } = remoteWithClones(1);
    const clone = clones[0]!;
    setReleaseRef(clone, TAG, [modelFile(tempFolder(), "model.onnx", "stale here")]);
    setReleaseRef(remote, TAG, [modelFile(tempFolder(), "model.onnx", "stale there")]);
    const [here, there] = [at(clone, RELEASE), at(remote, RELEASE)];
    const { registry, warnings } = countingRetries(clone);
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [weights()] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `${RELEASE} here (commit ${here}) and on the remote 'origin' (commit ${there}`,
    );
  });

  it("is dropped by a registration without files, whose warning says its files went", async () => {
    const { dir } = makeRepo();
    setReleaseRef(dir, TAG, [modelFile(tempFolder(), "model.onnx", "stale")]);
    const leftover = at(dir, RELEASE);
    const { registry, warnings } = countingRetries(dir);
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `${RELEASE} here (commit ${leftover}); its files were dropped, as this registration has none.`,
    );
  });

  it("is not warned of where there is none, by a registration with files or without", async () => {
    const { clones } = remoteWithClones(1);
    const { dir } = makeRepo();
    for (const path of [clones[0]!, dir]) {
      const { registry, warnings } = countingRetries(path);
      await registry.register({ artifact: "churn", version: "v1.3.0", assets: [weights()] });
      await registry.register({ artifact: "fraud", version: "v1.0.0", assets: [] });
      expect(warnings).toEqual([]);
    }
  });
});
