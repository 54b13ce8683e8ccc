/**
 * A registration that fails midway leaves nothing behind: no tag, no release ref and no release
 * files, so that the version can be registered again. Git fails where the disk or the repository
 * does; the exec below fails one command as git would there.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  GitError,
  LocalGitBackend,
  Registry,
  TagConflictError,
  execGit,
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

const NO_SPACE = "fatal: unable to write: No space left on device\n";

/** Git, failing as a full disk makes it fail the first command `fails` picks. */
function failingOnce(fails: (args: readonly string[]) => boolean): GitExec {
  let failed = false;
  return async (args, options) => {
    if (failed || !fails(args)) return execGit(args, options);
    failed = true;
    return { code: 128, stdout: "", stderr: NO_SPACE };
  };
}

/** The registry's refs in `dir`: tags, claims and releases. */
const registryRefs = (dir: string) =>
  git(dir, "for-each-ref", "--format=%(refname)", "refs/tags", "refs/mlops").trim();

const register = (dir: string, model: string, exec: GitExec = execGit) =>
  new Registry({ backend: new LocalGitBackend({ path: dir, exec }) }).register({
    artifact: "churn",
    version: "v1.3.0",
    assets: [model],
  });

describe("a registration that fails midway", () => {
  it.each([
    { step: "writing the release's commit", command: "hash-object", also: "commit" },
    // After the files are checked out into the release folder.
    { step: "writing the tag object", command: "mktag", also: "mktag" },
    // The transaction of the tag, its counter's claim and its release ref.
    { step: "creating the tag with its release", command: "update-ref", also: "--stdin" },
  ])(
    "leaves no tag, release ref or files when $step fails, and a retry registers",
    async ({ command, also }) => {
      const { dir } = makeRepo();
      const model = modelFile(tempFolder(), "model.onnx", "weights");
      const fails = (args: readonly string[]) => args[0] === command && args.includes(also);
      await expect(register(dir, model, failingOnce(fails))).rejects.toThrow(
        `git ${command} failed: fatal: unable to write: No space left on device`,
      );
      expect(registryRefs(dir)).toBe("");
      expect(existsSync(join(dir, ".mlops", "releases", "churn@v1.3.0"))).toBe(false);

      const retried = await register(dir, model);
      expect(retried.tag).toBe("churn@v1.3.0");
      expect(registryRefs(dir).split("\n")).toEqual([
        "refs/mlops/releases/churn@v1.3.0",
        "refs/tags/churn@v1.3.0",
      ]);
      const file = join(dir, ".mlops", "releases", "churn@v1.3.0", "model.onnx");
      expect(readFileSync(file, "utf8")).toBe("weights");
    },
  );
});

describe("a release ref left without its tag, by a failed run of an older mlops", () => {
  it("is replaced by the release of the version registered in its place", async () => {
    const { dir } = makeRepo();
    setReleaseRef(dir, "churn@v1.3.0", [modelFile(tempFolder(), "model.onnx", "stale")]);
    await register(dir, modelFile(tempFolder(), "model.onnx", "weights"));
    expect(git(dir, "show", "refs/mlops/releases/churn@v1.3.0:model.onnx")).toBe("weights");
  });

  it("is removed when the version is registered without files, so that none pass for its release", async () => {
    const { dir } = makeRepo();
    setReleaseRef(dir, "churn@v1.3.0", [modelFile(tempFolder(), "model.onnx", "stale")]);
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir }) });
    await registry.register({ artifact: "churn", version: "v1.3.0", assets: [] });
    expect(registryRefs(dir)).toBe("refs/tags/churn@v1.3.0");
    expect(await registry.backend.fetchAssets("churn@v1.3.0")).toEqual([]);
  });
});

/** The entries of the releases folder of `dir`: a run's staged files never stay there. */
const releasesFolder = (dir: string) => readdirSync(join(dir, ".mlops", "releases")).sort();

describe("a registration that fails while another promotion registers the version", () => {
  it("leaves the other's release whole, its ref and its files, whenever in its clean-up it lands", async () => {
    // The other registration lands before the n-th git command after the failure, for each n
    // up to the last command the failed run makes.
    let landings = 0;
    for (let n = 1; ; n++) {
      const { dir } = makeRepo();
      const other = new Registry({ backend: new LocalGitBackend({ path: dir }) });
      const theirs = modelFile(tempFolder(), "model.onnx", "theirs");
      let after: number | undefined;
      const exec: GitExec = async (args, options) => {
        if (after === undefined && args[0] === "mktag") {
          after = 0;
          return { code: 128, stdout: "", stderr: NO_SPACE };
        }
        if (after !== undefined && ++after === n)
          await other.register({ artifact: "churn", version: "v1.3.0", assets: [theirs] });
        return execGit(args, options);
      };
      const mine = modelFile(tempFolder(), "model.onnx", "mine");
      await expect(register(dir, mine, exec)).rejects.toThrow("git mktag failed");
      if (after! < n) break;
      landings++;
      expect(registryRefs(dir).split("\n"), `landing before command ${n}`).toEqual([
        "refs/mlops/releases/churn@v1.3.0",
        "refs/tags/churn@v1.3.0",
      ]);
      expect(git(dir, "show", "refs/mlops/releases/churn@v1.3.0:model.onnx")).toBe("theirs");
      const file = join(dir, ".mlops", "releases", "churn@v1.3.0", "model.onnx");
      expect(readFileSync(file, "utf8")).toBe("theirs");
      expect(releasesFolder(dir)).toEqual([".gitignore", "churn@v1.3.0"]);
    }
    expect(landings).toBeGreaterThan(0);
  });
});

describe("a run that loses its tag to one made without files", () => {
  it("leaves none of its files to pass for that tag's release", async () => {
    const { dir, commit } = makeRepo();
    const [winner, loser] = [0, 1].map(() => new LocalGitBackend({ path: dir }));
    const tag = { name: "churn#prod#5", commit, date: new Date(), message: "Assign\n" };
    await loser!.storeAssets(tag.name, [modelFile(tempFolder(), "evidence.json", "{}")]);
    await winner!.createTag({ ...tag, tagger: { name: "Winner", email: "" } });
    await expect(
      loser!.createTag({ ...tag, tagger: { name: "Loser", email: "" } }),
    ).rejects.toBeInstanceOf(TagConflictError);
    await loser!.removeAssets(tag.name);
    expect(await winner!.fetchAssets(tag.name)).toEqual([]);
    expect(releasesFolder(dir)).toEqual([".gitignore"]);
  });
});

describe("a registration while git gc holds packed-refs.lock", () => {
  it("creates a stage tag and a registration with files, neither of which deletes a ref", async () => {
    const { dir } = makeRepo();
    writeFileSync(join(dir, ".git", "packed-refs.lock"), "");
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir }) });
    const model = modelFile(tempFolder(), "model.onnx", "weights");
    const promoted = await registry.promote({
      artifact: "churn",
      version: "v1.3.0",
      assets: [model],
      stage: "prod",
    });
    expect(promoted.assignment.tag).toBe("churn#prod#1");
    expect(registryRefs(dir).split("\n")).toEqual([
      "refs/mlops/counters/churn#1",
      "refs/mlops/releases/churn@v1.3.0",
      "refs/tags/churn#prod#1",
      "refs/tags/churn@v1.3.0",
    ]);
  });
});

describe("a remote that refuses a registration's push", () => {
  /** A clone whose remote's pre-receive hook runs `hook` (sh) on each pushed ref. */
  function refusingRemote(hook: string) {
    const { remote, clones } = remoteWithClones(1);
    const script = join(remote, "hooks", "pre-receive");
    writeFileSync(script, `#!/bin/sh\nwhile read old new ref; do\n${hook}\ndone\n`);
    chmodSync(script, 0o755);
    let retries = 0;
    const registry = new Registry({
      backend: new LocalGitBackend({ path: clones[0]! }),
      retry: { sleep: async () => void retries++ },
    });
    return { remote, clone: clones[0]!, registry, retries: () => retries };
  }

  it("fails at once naming the refused ref and what the remote said, leaving nothing behind", async () => {
    const { clone, registry, retries } = refusingRemote(
      `case "$ref" in refs/mlops/*) echo "refs/mlops is protected"; exit 1;; esac`,
    );
    const model = modelFile(tempFolder(), "model.onnx", "weights");
    const failure = registry.register({ artifact: "churn", version: "v1.3.0", assets: [model] });
    await expect(failure).rejects.toBeInstanceOf(GitError);
    await expect(failure).rejects.toMatchObject({
      message:
        "git push failed: the remote 'origin' refused refs/tags/churn@v1.3.0 and refs/mlops/releases/churn@v1.3.0 (remote rejected: pre-receive hook declined); it said: refs/mlops is protected",
      fix: "Let mlops create refs/tags/* and update refs/mlops/* on 'origin' (its hooks or ref rules), then run again",
    });
    expect(retries()).toBe(0);
    expect(registryRefs(clone)).toBe("");
    expect(releasesFolder(clone)).toEqual([".gitignore"]);
  });

  it("echoes the first lines the remote said, shortened and with no control character", async () => {
    const { registry } = refusingRemote(
      `printf 'first\\033[2J\\n%0300d\\nthird\\nfourth\\nfifth\\n' 0; exit 1`,
    );
    const failure = registry.register({ artifact: "churn", version: "v1.3.0", assets: [] });
    await expect(failure).rejects.toMatchObject({
      message: `git push failed: the remote 'origin' refused refs/tags/churn@v1.3.0 (remote rejected: pre-receive hook declined); it said: first\\x1b[2J ${"0".repeat(199)}… third (2 more lines)`,
    });
  });

  it("is a conflict, retried, where another push took the tag while the remote checked this one", async () => {
    const { remote, clone, registry, retries } = refusingRemote(
      // Another push lands first, outside this push's checks, once.
      `[ -e taken ] || { touch taken; env -u GIT_QUARANTINE_PATH git update-ref "$ref" "$(git rev-parse main)"; }`,
    );
    const result = await registry.register({ artifact: "churn", version: "auto", assets: [] });
    expect(retries()).toBe(1);
    expect(result.tag).toBe("churn@v0.0.2");
    expect(git(remote, "tag", "--list").trim().split("\n")).toEqual([
      "churn@v0.0.1",
      "churn@v0.0.2",
    ]);
    expect(registryRefs(clone).split("\n")).toEqual([
      "refs/tags/churn@v0.0.1",
      "refs/tags/churn@v0.0.2",
    ]);
  });
});
