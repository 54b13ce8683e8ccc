import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createAnnotatedTag,
  downloadReleaseAsset,
  ensureRelease,
  GitHubConflictError,
  listTags,
  uploadReleaseAsset,
} from "@mlops/shared";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

let gh: EmulatedGitHub;
let sha: string;

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  sha = gh.emulator.repo("acme/models").addCommit("c1");
});

afterEach(async () => {
  await gh.emulator.close();
});

describe("annotated tags", () => {
  it("are a tag object plus a ref, listed by prefix", async () => {
    const created = await createAnnotatedTag(gh.github, {
      repo: REPO,
      tag: "churn@v1.0.0",
      sha,
      message: "m",
    });
    await createAnnotatedTag(gh.github, { repo: REPO, tag: "other@v1.0.0", sha, message: "m" });
    expect(created.action).toBe("created");
    expect(await listTags(gh.github, REPO, "churn@")).toEqual([
      { name: "churn@v1.0.0", sha: created.tagSha, type: "tag" },
    ]);
  });

  it("are not made twice: the same tag again is a no-op", async () => {
    const tag = { repo: REPO, tag: "churn@v1.0.0", sha, message: "register" };
    await createAnnotatedTag(gh.github, tag);
    expect((await createAnnotatedTag(gh.github, tag)).action).toBe("exists");
  });

  it("raise a typed conflict when the name is taken by another commit (422 Reference already exists)", async () => {
    const other = gh.emulator.repo("acme/models").addCommit("c2");
    await createAnnotatedTag(gh.github, { repo: REPO, tag: "churn#prod#1", sha, message: "m" });
    await expect(
      createAnnotatedTag(gh.github, { repo: REPO, tag: "churn#prod#1", sha: other, message: "m" }),
    ).rejects.toBeInstanceOf(GitHubConflictError);
  });
});

describe("releases and assets", () => {
  it("upload, download and replace an asset; the same bytes again change nothing", async () => {
    const release = await ensureRelease(gh.github, {
      repo: REPO,
      tag: "churn@v1.0.0",
      body: "card",
    });
    const first = await uploadReleaseAsset(gh.github, {
      repo: REPO,
      release,
      name: "m.onnx",
      data: Buffer.from("v1"),
    });
    const again = await uploadReleaseAsset(gh.github, {
      repo: REPO,
      release,
      name: "m.onnx",
      data: Buffer.from("v1"),
    });
    expect([first.action, again.action]).toEqual(["uploaded", "unchanged"]);
    expect((await downloadReleaseAsset(gh.github, REPO, first.id)).toString()).toBe("v1");

    await expect(
      uploadReleaseAsset(gh.github, {
        repo: REPO,
        release,
        name: "m.onnx",
        data: Buffer.from("v2"),
      }),
    ).rejects.toBeInstanceOf(GitHubConflictError);
    const replaced = await uploadReleaseAsset(gh.github, {
      repo: REPO,
      release,
      name: "m.onnx",
      data: Buffer.from("v2"),
      replace: true,
    });
    expect(replaced.action).toBe("replaced");
    expect((await downloadReleaseAsset(gh.github, REPO, replaced.id)).toString()).toBe("v2");
    expect(gh.emulator.repo("acme/models").assets).toHaveLength(1);
  });

  it("are created once and brought up to date", async () => {
    const a = await ensureRelease(gh.github, { repo: REPO, tag: "t", body: "one" });
    const b = await ensureRelease(gh.github, { repo: REPO, tag: "t", body: "two" });
    const c = await ensureRelease(gh.github, { repo: REPO, tag: "t", body: "two" });
    expect([a.action, b.action, c.action]).toEqual(["created", "updated", "unchanged"]);
    expect(b.id).toBe(a.id);
  });
});
