import { createHash } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocalGitBackend, Registry } from "@mlops/shared";
import {
  git,
  makeRepo,
  modelFile,
  remoteWithClones,
  steppingClock,
  tempFolder,
} from "./git-fixture.js";

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Bytes a text conversion would mangle: every byte value, NUL and invalid UTF-8 included. */
function binaryModel(dir: string): string {
  const path = join(dir, "model.onnx");
  writeFileSync(path, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256)));
  return path;
}

const registryAt = (path: string) =>
  new Registry({ backend: new LocalGitBackend({ path }), now: steppingClock() });

/** The digests the registration tag's message records. */
async function recordedDigests(path: string, artifact: string) {
  const [registration] = await registryAt(path).history(artifact);
  return registration?.metadata?.assets?.map((a) => [a.name, a.sha256]);
}

describe("release assets in git's own objects", () => {
  it("travels with a push of refs/mlops/* and reads back in a fresh clone, matching the tag's digests", async () => {
    const { dir } = makeRepo();
    const files = tempFolder();
    const model = binaryModel(files);
    const card = modelFile(files, "card.md", "# churn\n");
    await registryAt(dir).register({ artifact: "churn", version: "v1.0.0", assets: [model, card] });

    // The documented refspecs: the tags and the assets.
    const remote = join(tempFolder(), "shared.git");
    git(tempFolder(), "init", "--quiet", "--bare", remote);
    git(
      dir,
      "push",
      "--quiet",
      `file://${remote}`,
      "refs/heads/main",
      "refs/tags/*",
      "refs/mlops/*",
    );
    const clone = join(tempFolder(), "teammate");
    git(tempFolder(), "clone", "--quiet", `file://${remote}`, clone);
    git(clone, "fetch", "--quiet", "origin", "refs/mlops/*:refs/mlops/*");

    const assets = await new LocalGitBackend({ path: clone }).fetchAssets("churn@v1.0.0");
    expect(assets.map((a) => a.name)).toEqual(["card.md", "model.onnx"]);
    const read = assets.find((a) => a.name === "model.onnx")!;
    expect(readFileSync(read.location).equals(readFileSync(model))).toBe(true);
    const recorded = await recordedDigests(clone, "churn");
    expect(recorded).toEqual([
      ["model.onnx", sha256(readFileSync(model))],
      ["card.md", sha256(readFileSync(card))],
    ]);
    for (const [name, digest] of recorded!)
      expect(assets.find((a) => a.name === name)?.sha256).toBe(digest);
  });

  it("is pushed with the tag when the registry has a remote, and fetched on demand by a clone", async () => {
    const { remote, clones } = remoteWithClones(2);
    const model = binaryModel(tempFolder());
    await registryAt(clones[0]!).register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [model],
    });
    expect(git(remote, "for-each-ref", "--format=%(refname)", "refs/mlops/").trim()).toBe(
      "refs/mlops/releases/churn@v1.0.0",
    );
    // The other clone has neither the tag nor the assets until it reads them.
    const [asset] = await new LocalGitBackend({ path: clones[1]! }).fetchAssets("churn@v1.0.0");
    expect(asset?.sha256).toBe(sha256(readFileSync(model)));
    expect((await recordedDigests(clones[1]!, "churn"))?.[0]?.[1]).toBe(asset?.sha256);
  });

  it("keeps the files out of the working tree's history: a commit of their own under the ref", async () => {
    const { dir, commit } = makeRepo();
    const model = binaryModel(tempFolder());
    await registryAt(dir).register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    expect(git(dir, "rev-parse", "HEAD").trim()).toBe(commit);
    expect(git(dir, "ls-tree", "--name-only", "refs/mlops/releases/churn@v1.0.0").trim()).toBe(
      "model.onnx",
    );
    // The checkout in .mlops/releases is ignored, so `git add -A` cannot commit it to a branch.
    expect(git(dir, "status", "--porcelain", "--untracked-files=all")).toBe("");
    git(dir, "add", "--all");
    expect(git(dir, "diff", "--cached", "--name-only")).toBe("");
  });

  it("keeps a .gitignore of the user's own in the releases folder", async () => {
    const { dir } = makeRepo();
    const releases = join(dir, ".mlops", "releases");
    mkdirSync(releases, { recursive: true });
    writeFileSync(join(releases, ".gitignore"), "*.onnx\n");
    await registryAt(dir).register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [binaryModel(tempFolder())],
    });
    expect(readFileSync(join(releases, ".gitignore"), "utf8")).toBe("*.onnx\n");
    expect(readdirSync(releases).sort()).toEqual([".gitignore", "churn@v1.0.0"]);
  });

  it("ignores the files a clone checks out of a release too", async () => {
    const { clones } = remoteWithClones(2);
    await registryAt(clones[0]!).register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [binaryModel(tempFolder())],
    });
    await new LocalGitBackend({ path: clones[1]! }).fetchAssets("churn@v1.0.0");
    expect(existsSync(join(clones[1]!, ".mlops", "releases", "churn@v1.0.0", "model.onnx"))).toBe(
      true,
    );
    expect(git(clones[1]!, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });
});

describe("a checked-out branch cannot aim release files elsewhere", () => {
  /** A folder outside the repository, as a link in a branch would name it (~/.ssh, say). */
  function outside(): string {
    const folder = tempFolder();
    writeFileSync(join(folder, "authorized_keys"), "ssh-ed25519 AAAA mine\n");
    return folder;
  }

  it.each([
    [".mlops/releases/churn@v1.0.0", "churn@v1.0.0"],
    [".mlops/releases", "releases"],
    [".mlops", ".mlops"],
  ])(
    "refuses a link at %s before storing anything: no ref, no tag, nothing written there",
    async (link) => {
      const { dir } = makeRepo();
      const target = outside();
      mkdirSync(join(dir, link, ".."), { recursive: true });
      symlinkSync(target, join(dir, link));
      const register = registryAt(dir).register({
        artifact: "churn",
        version: "v1.0.0",
        assets: [modelFile(tempFolder(), "authorized_keys", "ssh-ed25519 AAAA attacker\n")],
      });
      await expect(register).rejects.toThrow(
        `${link} is a symbolic link (to ${target}); release files are written only into real folders`,
      );
      expect(readdirSync(target)).toEqual(["authorized_keys"]);
      expect(readFileSync(join(target, "authorized_keys"), "utf8")).toBe("ssh-ed25519 AAAA mine\n");
      expect(git(dir, "for-each-ref", "refs/tags/", "refs/mlops/")).toBe("");
    },
  );

  it("checks a release out over a link the branch left in its folder, never through it", async () => {
    const { clones } = remoteWithClones(2);
    await registryAt(clones[0]!).register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [binaryModel(tempFolder())],
    });
    const target = join(outside(), "authorized_keys");
    const folder = join(clones[1]!, ".mlops", "releases", "churn@v1.0.0");
    mkdirSync(folder, { recursive: true });
    symlinkSync(target, join(folder, "model.onnx"));
    const [asset] = await new LocalGitBackend({ path: clones[1]! }).fetchAssets("churn@v1.0.0");
    expect(lstatSync(asset!.location).isFile()).toBe(true);
    expect(asset!.sha256).toBe(sha256(readFileSync(binaryModel(tempFolder()))));
    expect(readFileSync(target, "utf8")).toBe("ssh-ed25519 AAAA mine\n");
  });

  it("refuses to check a release out through a linked folder, where a gate reads the champion", async () => {
    const { clones } = remoteWithClones(2);
    await registryAt(clones[0]!).register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [binaryModel(tempFolder())],
    });
    const target = outside();
    mkdirSync(join(clones[1]!, ".mlops", "releases"), { recursive: true });
    symlinkSync(target, join(clones[1]!, ".mlops", "releases", "churn@v1.0.0"));
    await expect(
      new LocalGitBackend({ path: clones[1]! }).fetchAssets("churn@v1.0.0"),
    ).rejects.toMatchObject({
      message: expect.stringContaining(".mlops/releases/churn@v1.0.0 is a symbolic link"),
      fix: "Remove .mlops/releases/churn@v1.0.0 from the repository: mlops checks release files out under .mlops/releases itself",
    });
    expect(readdirSync(target)).toEqual(["authorized_keys"]);
  });

  it("registers over a link the branch left where a file of the release goes, never through it", async () => {
    const { dir } = makeRepo();
    const target = join(outside(), "authorized_keys");
    const folder = join(dir, ".mlops", "releases", "churn@v1.0.0");
    mkdirSync(folder, { recursive: true });
    symlinkSync(target, join(folder, "model.onnx"));
    await registryAt(dir).register({
      artifact: "churn",
      version: "v1.0.0",
      assets: [binaryModel(tempFolder())],
    });
    expect(lstatSync(join(folder, "model.onnx")).isFile()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("ssh-ed25519 AAAA mine\n");
  });

  it("refuses a file where the releases folder belongs, naming it", async () => {
    const { dir } = makeRepo();
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(join(dir, ".mlops", "releases"), "not a folder\n");
    await expect(
      registryAt(dir).register({
        artifact: "churn",
        version: "v1.0.0",
        assets: [binaryModel(tempFolder())],
      }),
    ).rejects.toThrow(".mlops/releases is a file; release files are written into a folder there");
  });
});
