import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocalGitBackend, TagConflictError } from "@mlops/shared";
import { git, makeRepo, modelFile, remoteWithClones, tempFolder } from "./git-fixture.js";

const tagger = { name: "Ada", email: "ada@example.com" };
const date = new Date("2026-03-01T12:00:00Z");

describe("the local git backend", () => {
  it("creates annotated tags and lists them with tagger, date, message and commit", async () => {
    const { dir, commit } = makeRepo();
    const backend = new LocalGitBackend({ path: dir });
    const message = "# Register churn v1.0.0\n\n```mlops\n{}\n```\n";
    await backend.createTag({ name: "churn@v1.0.0", commit, tagger, date, message });
    const [tag] = await backend.listTags();
    expect(tag).toEqual({
      name: "churn@v1.0.0",
      annotated: true,
      commit,
      tagger,
      date,
      // Kept verbatim: a leading '#' is not taken for a comment.
      message,
    });
    expect(git(dir, "cat-file", "-t", "churn@v1.0.0").trim()).toBe("tag");
  });

  it("marks lightweight tags, which carry no audit trail", async () => {
    const { dir, commit } = makeRepo();
    git(dir, "tag", "churn#prod#3");
    const tags = await new LocalGitBackend({ path: dir }).listTags();
    expect(tags).toEqual([
      { name: "churn#prod#3", annotated: false, commit, tagger: null, date: null, message: "" },
    ]);
  });

  it("refuses to create a tag that exists, with a typed conflict, and leaves it untouched", async () => {
    const { dir, commit } = makeRepo();
    const backend = new LocalGitBackend({ path: dir });
    await backend.createTag({ name: "churn#prod#1", commit, tagger, date, message: "first" });
    await expect(
      backend.createTag({ name: "churn#prod#1", commit, tagger, date, message: "second" }),
    ).rejects.toBeInstanceOf(TagConflictError);
    const [tag] = await backend.listTags();
    expect(tag?.message).toBe("first\n");
  });

  it("pushes to the remote, and a tag the remote already has is a conflict that leaves nothing behind", async () => {
    const { remote, clones } = remoteWithClones(2);
    const [a, b] = clones.map((path) => new LocalGitBackend({ path })) as [
      LocalGitBackend,
      LocalGitBackend,
    ];
    const commit = await a.resolveCommit("HEAD");
    await a.createTag({ name: "churn#prod#1", commit, tagger, date, message: "from a" });
    expect(git(remote, "tag", "--list").trim()).toBe("churn#prod#1");

    // b has not fetched yet, so its local create succeeds and the push is what refuses.
    await expect(
      b.createTag({ name: "churn#prod#1", commit, tagger, date, message: "from b" }),
    ).rejects.toBeInstanceOf(TagConflictError);
    expect(git(clones[1]!, "tag", "--list").trim()).toBe("");
    // Listing fetches, so b now sees a's tag.
    expect((await b.listTags()).map((t) => [t.name, t.message])).toEqual([
      ["churn#prod#1", "from a\n"],
    ]);
  });

  it("stores release assets for .mlops/releases/<tag>/, where they land with the tag", async () => {
    const { dir, commit } = makeRepo();
    const backend = new LocalGitBackend({ path: dir });
    const files = tempFolder();
    const model = modelFile(files, "model.onnx", "weights");
    const card = modelFile(files, "card.md", "# card");
    const stored = await backend.storeAssets("team/churn@v1.0.0", [model, card]);
    const folder = join(dir, ".mlops", "releases", "team", "churn@v1.0.0");
    expect(backend.releaseUrl("team/churn@v1.0.0")).toBe(folder);
    expect(stored.map((a) => [a.name, a.size, a.location])).toEqual([
      ["model.onnx", 7, join(folder, "model.onnx")],
      ["card.md", 6, join(folder, "card.md")],
    ]);
    expect(stored[0]?.sha256).toBe(createHash("sha256").update("weights").digest("hex"));
    // Until the tag is made, the release folder is no run's: another may make the tag first.
    expect(existsSync(folder)).toBe(false);
    await backend.createTag({ name: "team/churn@v1.0.0", commit, tagger, date, message: "R" });
    expect(readFileSync(join(folder, "model.onnx"), "utf8")).toBe("weights");
    expect(readdirSync(join(dir, ".mlops", "releases")).sort()).toEqual([".gitignore", "team"]);
  });

  it("removes the assets of a run that made no tag, leaving nothing in the releases folder", async () => {
    const { dir } = makeRepo();
    const backend = new LocalGitBackend({ path: dir });
    await backend.storeAssets("churn@v1.0.0", [modelFile(tempFolder(), "model.onnx", "w")]);
    await backend.removeAssets("churn@v1.0.0");
    expect(readdirSync(join(dir, ".mlops", "releases"))).toEqual([".gitignore"]);
    expect(git(dir, "for-each-ref", "refs/mlops").trim()).toBe("");
  });

  it("refuses two assets with one file name", async () => {
    const { dir } = makeRepo();
    const a = modelFile(tempFolder(), "model.onnx", "a");
    const b = modelFile(tempFolder(), "model.onnx", "b");
    await expect(
      new LocalGitBackend({ path: dir }).storeAssets("m@v1.0.0", [a, b]),
    ).rejects.toThrow(/two assets are named 'model.onnx'/);
  });

  it("names the repository when a ref is not a commit", async () => {
    const { dir } = makeRepo();
    await expect(
      new LocalGitBackend({ path: dir }).resolveCommit("no-such-branch"),
    ).rejects.toThrow(/'no-such-branch' is not a commit in local git repository/);
  });
});
