import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  LocalGitBackend,
  Registry,
  githubContextFromEnv,
  loadReference,
  parseReference,
} from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { REPO } from "../github/emulated-github.js";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { makeRepo, modelFile, setReleaseRef, tempFolder } from "./git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "./github-fixture.js";

const PROFILE = new URL("../../examples/validate-data/reference-profile.json", import.meta.url);
const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** A model and a reference profile, as promote would store them. */
function releaseFiles() {
  const files = tempFolder();
  const profile = join(files, "reference-profile.json");
  copyFileSync(PROFILE, profile);
  return { model: modelFile(files, "model.onnx", "weights"), profile };
}

let gh: GitHubRegistry | undefined;
afterEach(async () => {
  await gh?.emulator.close();
  gh = undefined;
});

describe("registry references", () => {
  it("are read by the tag grammar alone: a stage or version without a counter", () => {
    expect(parseReference("churn#prod")).toEqual({ artifact: "churn", stage: "prod" });
    expect(parseReference("team/churn@v1.2.0+b.1")).toEqual({
      artifact: "team/churn",
      version: "v1.2.0+b.1",
    });
    for (const text of [
      "churn#prod#3",
      "churn@v1.2.0!",
      "churn@deprecated",
      "churn@1.2",
      "data.csv",
    ])
      expect(parseReference(text), text).toBeUndefined();
  });

  it("resolve through the GitHub backend in a run on GitHub, where the workspace has no registry", async () => {
    gh = await startGitHubRegistry();
    const { model, profile } = releaseFiles();
    await gh.registry().promote({
      artifact: "churn",
      version: "v1.0.0",
      assets: [model, profile],
      stage: "prod",
    });
    const github = {
      ...githubContextFromEnv({}),
      token: WORKFLOW_TOKEN,
      apiUrl: gh.emulator.apiUrl,
      repo: REPO,
    };
    const reference = await loadReference("churn#prod", tempFolder(), { github });
    expect(reference).toMatchObject({
      kind: "registry",
      from: "churn@v1.0.0 (reference-profile.json)",
    });
    expect(reference.paths).toHaveLength(1);
    expect(sha(readFileSync(reference.paths[0]!))).toBe(sha(readFileSync(profile)));
    const byVersion = await loadReference("churn@v1.0.0", tempFolder(), { github });
    expect(byVersion.kind === "registry" && byVersion.profile).toEqual(
      reference.kind === "registry" && reference.profile,
    );
    await expect(loadReference("churn#staging", tempFolder(), { github })).rejects.toThrow(
      "no version of 'churn' is in stage 'staging' (GitHub repository acme/models)",
    );
  });

  it("resolve through the local git registry outside a workflow, and refuse a file changed after registration", async () => {
    const { dir } = makeRepo();
    const { model, profile } = releaseFiles();
    const registry = new Registry({ backend: new LocalGitBackend({ path: dir }) });
    await registry.promote({
      artifact: "churn",
      version: "v1.0.0",
      assets: [model, profile],
      stage: "prod",
    });
    const reference = await loadReference("churn#prod", dir);
    expect(reference).toMatchObject({
      kind: "registry",
      from: "churn@v1.0.0 (reference-profile.json)",
    });

    // Someone replaces the stored release with another file of the same name.
    const other = modelFile(
      tempFolder(),
      "reference-profile.json",
      `${readFileSync(profile, "utf8")}\n`,
    );
    setReleaseRef(dir, "churn@v1.0.0", [model, other]);
    await expect(loadReference("churn#prod", dir)).rejects.toThrow(
      "release asset reference-profile.json of churn@v1.0.0 does not match the sha256 its tag records",
    );
  });
});

describe("registry references outside a registry", () => {
  it("say where a reference is looked up, and that registry names the registry's repository", async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, "current.csv"), "age\n30\n");
    writeFileSync(join(cwd, "schema.json"), '{"fields": [{"name": "age", "type": "integer"}]}');
    const line = `${cwd} is not a git repository. A registry reference is read from the git repository named by registry (the working folder by default), or on GitHub given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: give the path of the registry's repository as registry, or give a file instead\n`;
    const drift = await mlops(
      ["drift-check", ...flags({ reference: "churn#prod", current: "current.csv" })],
      cwd,
    );
    expect(drift).toMatchObject({ code: 1, stderr: `mlops drift-check: ${line}` });
    const skew = await mlops(
      [
        "validate-data",
        ...flags({ data: "current.csv", schema: "schema.json", reference: "churn#prod" }),
      ],
      cwd,
    );
    expect(skew).toMatchObject({ code: 1, stderr: `mlops validate-data: ${line}` });
  });
});
