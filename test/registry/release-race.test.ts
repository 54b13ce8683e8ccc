import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LocalGitBackend, Registry, execGit, type GitExec } from "@mlops/shared";
import { makeRepo, modelFile, tempFolder } from "./git-fixture.js";

/**
 * Two promotions on one repository, the second landing its whole registration between the
 * moment the first stores its files and the moment it creates its tag with their release ref:
 * the narrowest window of a race that git itself decides.
 */
async function race(version: string) {
  const { dir } = makeRepo();
  const files = tempFolder();
  const mine = modelFile(files, "model.onnx", "mine");
  const theirs = modelFile(tempFolder(), "model.onnx", "theirs");
  const other = new Registry({ backend: new LocalGitBackend({ path: dir }) });
  let raced = false;
  const exec: GitExec = async (args, options) => {
    if (!raced && args[0] === "update-ref" && options.input?.includes("refs/mlops/releases/")) {
      raced = true;
      await other.register({ artifact: "churn", version, assets: [theirs] });
    }
    return execGit(args, options);
  };
  const registry = new Registry({
    backend: new LocalGitBackend({ path: dir, exec }),
    retry: { sleep: async () => {} },
  });
  const backend = new LocalGitBackend({ path: dir });
  const content = async (tag: string) =>
    readFileSync((await backend.fetchAssets(tag))[0]!.location, "utf8");
  return { registry, mine, content, raced: () => raced };
}

describe("a registration that loses the race for its release", () => {
  it("bumps again past the version the other promotion took, each version with its own files", async () => {
    const { registry, mine, content, raced } = await race("auto");
    const result = await registry.register({ artifact: "churn", version: "auto", assets: [mine] });
    expect(raced()).toBe(true);
    expect(result.version).toBe("v0.0.2");
    expect(await content("churn@v0.0.1")).toBe("theirs");
    expect(await content("churn@v0.0.2")).toBe("mine");
  });

  it("names the version the other promotion registered with other files, rather than a git error", async () => {
    const { registry, mine, content } = await race("v1.0.0");
    await expect(
      registry.register({ artifact: "churn", version: "v1.0.0", assets: [mine] }),
    ).rejects.toThrow(/^churn v1\.0\.0 is already registered \(churn@v1\.0\.0\) with other assets/);
    expect(await content("churn@v1.0.0")).toBe("theirs");
  });
});
