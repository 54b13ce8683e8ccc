/**
 * promote's stage moves apply the registry policy committed at HEAD, on either backend: an edit
 * of `.mlops/registry.yml` left in the working tree is refused rather than applied, and each
 * stage tag records the sha256 of the policy it was made under. What moves no stage (a
 * registration alone, a deregistration, a deprecation) reads the policy as it always has, and a
 * dry run only warns.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseTagMessage, runCli } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { git, tempFolder } from "../registry/git-fixture.js";
import { startGitHubRegistry, type GitHubRegistry } from "../registry/github-fixture.js";
import { flags } from "../helpers/flags.js";
import { sha, workspace } from "./promote-workspace.js";

const POLICY =
  "stages:\n  - name: staging\n  - name: prod\n    evidence: true\n    may-skip: [model-owner]\n";
/** The audit's edit: prod's evidence dropped, and not committed. */
const WITHOUT_EVIDENCE = "stages:\n  - name: staging\n  - name: prod\n";

const refusal = (head: string) =>
  `mlops promote: .mlops/registry.yml differs from the one committed at HEAD (${head.slice(0, 12)}): ` +
  "promote applies the policy as committed, which the stage tags record. " +
  "Commit it or revert it (git checkout HEAD -- ':/.mlops/registry.yml'), then run promote again\n";

/** The metadata block of a tag of the local registry `dir`. */
const metadataOf = (dir: string, tag: string) =>
  parseTagMessage(git(dir, "for-each-ref", "--format=%(contents)", `refs/tags/${tag}`)).metadata;

describe("promote on git with the policy edited in the working tree", () => {
  it("refuses before any tag, and assigns under the committed policy once it is reverted", async () => {
    const { dir, mlops } = workspace(POLICY);
    const head = git(dir, "rev-parse", "HEAD").trim();
    const staging = flags({
      model: "churn",
      version: "v1.0.0",
      stage: "staging",
      assets: "model.onnx",
    });
    expect((await mlops(...staging)).code).toBe(0);
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    const prod = flags({ model: "churn", operation: "assign", version: "v1.0.0", stage: "prod" });
    const refused = await mlops(...prod);
    expect(refused).toMatchObject({ code: 1, stderr: refusal(head) });
    expect(git(dir, "tag", "--list", "churn#prod*")).toBe("");

    git(dir, "checkout", "HEAD", "--", ".mlops/registry.yml");
    // The committed policy holds: prod needs its evidence, which only its may-skip may skip.
    expect((await mlops(...prod)).stderr).toMatch(/stage 'prod' needs evidence/);
    expect((await mlops(...prod, "--actor", "model-owner")).code).toBe(0);
    const policy = { file: ".mlops/registry.yml", commit: head, sha256: sha(POLICY) };
    expect(metadataOf(dir, "churn#staging#1")?.policy).toEqual(policy);
    expect(metadataOf(dir, "churn#prod#2")?.policy).toEqual(policy);
  });
});

describe("promote called with no environment, as a library", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** A home folder whose git config is `config`, as the process's HOME. */
  const homeWith = (config: string) => {
    const home = tempFolder();
    writeFileSync(join(home, ".gitconfig"), config);
    vi.stubEnv("HOME", home);
  };
  const staging = flags({
    model: "churn",
    version: "v1.0.0",
    stage: "staging",
    assets: "model.onnx",
  });

  it("reads a checkout trusted by safe.directory in HOME's git config, and refuses its edit", async () => {
    const { dir, mlops } = workspace(POLICY);
    const head = git(dir, "rev-parse", "HEAD").trim();
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    // git's own switch for its ownership check, as a checkout another user made meets it.
    vi.stubEnv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1");
    homeWith(`[safe]\n\tdirectory = ${dir}\n`);
    expect(await mlops(...staging)).toMatchObject({ code: 1, stderr: refusal(head) });
    expect(git(dir, "tag", "--list")).toBe("");
  });

  it("reads the repository that GIT_DIR names, as the registry's git does, and refuses its edit", async () => {
    const { dir, mlops } = workspace(POLICY);
    const head = git(dir, "rev-parse", "HEAD").trim();
    // The repository kept apart from its working tree, found only through the environment.
    const gitDir = join(tempFolder(), "models.git");
    renameSync(join(dir, ".git"), gitDir);
    vi.stubEnv("GIT_DIR", gitDir);
    vi.stubEnv("GIT_WORK_TREE", dir);
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    expect(await mlops(...staging)).toMatchObject({ code: 1, stderr: refusal(head) });
    expect(git(dir, "tag", "--list")).toBe("");
  });
});

describe("promote on git with the policy edited, for what moves no stage", () => {
  it("registers, deregisters and deprecates as before: their tags record no policy", async () => {
    const { dir, mlops } = workspace(POLICY);
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    const runs = [
      flags({ model: "churn", version: "v1.0.0", assets: "model.onnx" }),
      flags({ model: "churn", operation: "deregister", version: "v1.0.0" }),
      flags({ model: "churn", operation: "deprecate" }),
    ];
    for (const run of runs) {
      const done = await mlops(...run);
      expect(done.code).toBe(0);
      expect(done.stderr).not.toContain("registry.yml");
    }
    expect(git(dir, "tag", "--list", "churn*").split("\n").filter(Boolean)).toHaveLength(3);
    expect(metadataOf(dir, "churn@v1.0.0")).not.toHaveProperty("policy");
  });

  it("plans an assignment on a dry run, warning that a real run would refuse the policy", async () => {
    const { dir, mlops } = workspace(POLICY);
    const head = git(dir, "rev-parse", "HEAD").trim();
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    const dry = flags({
      model: "churn",
      version: "v1.0.0",
      stage: "staging",
      assets: "model.onnx",
      "dry-run": "true",
    });
    const planned = await mlops(...dry);
    expect(planned.code).toBe(0);
    expect(planned.stderr.split("\n")[0]).toBe(
      `warning: .mlops/registry.yml differs from the one committed at HEAD (${head.slice(0, 12)}): a real run would refuse it (promote applies the policy as committed, which the stage tags record); this dry run plans with it. Commit it or revert it (git checkout HEAD -- ':/.mlops/registry.yml'), then run promote again`,
    );
    expect(git(dir, "tag", "--list")).toBe("");
  });
});

describe("promote on GitHub with the policy in the checkout", () => {
  let gh: GitHubRegistry;
  beforeEach(async () => {
    gh = await startGitHubRegistry();
  });
  afterEach(async () => {
    await gh.emulator.close();
  });

  /** promote in the checkout `dir`, with GitHub as the registry, as a workflow runs it. */
  const promoteOnGitHub = async (dir: string, inputs: Record<string, string>) => {
    let stderr = "";
    const code = await runCli(["promote", "--backend", "github", ...flags(inputs)], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
      cwd: dir,
      env: {
        GITHUB_TOKEN: WORKFLOW_TOKEN,
        GITHUB_API_URL: gh.emulator.apiUrl,
        GITHUB_REPOSITORY: "acme/models",
        GITHUB_SHA: gh.commit,
      },
    });
    return { code, stderr };
  };

  it("reads the policy committed in the checkout as git does, and records it in the stage tag", async () => {
    const { dir } = workspace(POLICY);
    const head = git(dir, "rev-parse", "HEAD").trim();
    const registered = { model: "churn", version: "v1.0.0", assets: "model.onnx" };
    expect((await promoteOnGitHub(dir, registered)).code).toBe(0);
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    const staging = { model: "churn", operation: "assign", version: "v1.0.0", stage: "staging" };
    expect(await promoteOnGitHub(dir, staging)).toEqual({ code: 1, stderr: refusal(head) });
    git(dir, "checkout", "HEAD", "--", ".mlops/registry.yml");
    expect((await promoteOnGitHub(dir, staging)).code).toBe(0);
    const tag = gh.state.tagObjects.get(gh.state.refs.get("refs/tags/churn#staging#1")!);
    expect(parseTagMessage(tag!.message).metadata?.policy).toEqual({
      file: ".mlops/registry.yml",
      commit: head,
      sha256: sha(POLICY),
    });
  });

  it("assigns from a folder in no git repository, with a warning, recording no commit", async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, "model.onnx"), "weights");
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(join(dir, ".mlops", "registry.yml"), POLICY);
    const staging = { model: "churn", version: "v1.0.0", stage: "staging", assets: "model.onnx" };
    const { code, stderr } = await promoteOnGitHub(dir, staging);
    expect(code).toBe(0);
    expect(stderr.split("\n")[0]).toBe(
      `warning: .mlops/registry.yml is applied as the folder holds it, and stage tags record no commit of it: ${dir} is in no git repository. Run promote in a clone of the repository that commits the policy (actions/checkout in a workflow)`,
    );
    const tag = gh.state.tagObjects.get(gh.state.refs.get("refs/tags/churn#staging#1")!);
    expect(parseTagMessage(tag!.message).metadata?.policy).toEqual({
      file: ".mlops/registry.yml",
      commit: null,
      sha256: sha(POLICY),
    });
  });
});
