/**
 * The registry policy that promote's stage moves apply is the one committed at HEAD, the commit
 * a version is registered on: an edit left in the working tree could otherwise drop a stage's
 * evidence for one run and leave no trace. Every stage tag records which policy it was made
 * under. Whether the working tree holds another policy is git's judgement, not a comparison of
 * bytes: line endings git converts and files a sparse checkout leaves out are no edit.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  LocalGitBackend,
  PolicyRefusal,
  Registry,
  parseTagMessage,
  readCommittedPolicy,
  type CommittedPolicyOptions,
} from "@mlops/shared";
import { git, makeRepo, modelFile, steppingClock, tempFolder } from "./git-fixture.js";

const sha = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");

const POLICY = "stages:\n  - name: staging\n  - name: prod\n    evidence: true\n";
const RULES = { stages: [{ name: "staging" }, { name: "prod", evidence: true }] };
/** The audit's edit: prod's evidence dropped, and not committed. */
const WITHOUT_EVIDENCE = "stages:\n  - name: staging\n  - name: prod\n";

const headOf = (dir: string) => git(dir, "rev-parse", "HEAD").trim();

/** A repository whose `folder` (the top when empty) holds `.mlops/registry.yml`, committed. */
function committedPolicy(policy: string | Buffer = POLICY, folder = "") {
  const { dir } = makeRepo();
  const root = join(dir, folder);
  mkdirSync(join(root, ".mlops"), { recursive: true });
  writeFileSync(join(root, ".mlops", "registry.yml"), policy);
  git(dir, "add", ".");
  git(dir, "commit", "--quiet", "-m", "Registry policy");
  return { dir, root, head: headOf(dir) };
}

/** As promote reads it: in the environment of the process (the host's). */
const HOST = { env: process.env };

/** The policy read with its warnings collected. */
async function read(root: string, options: Partial<CommittedPolicyOptions> = {}) {
  const warnings: string[] = [];
  const policy = await readCommittedPolicy(root, {
    ...HOST,
    ...options,
    warn: (message) => warnings.push(message),
  });
  return { ...policy, warnings };
}

/** The metadata block of a tag, as the registry wrote it. */
const metadataOf = (dir: string, tag: string) =>
  parseTagMessage(git(dir, "for-each-ref", "--format=%(contents)", `refs/tags/${tag}`)).metadata;

/** `git show <commit>:<file>` as bytes, as an auditor pipes it into sha256sum. */
const shown = (dir: string, commit: string, file: string) =>
  execFileSync("git", ["show", `${commit}:${file}`], { cwd: dir });

describe("the registry policy as committed at HEAD", () => {
  it("is applied, and every stage tag records its file, commit and sha256", async () => {
    const { dir, head } = committedPolicy();
    const registry = new Registry({
      backend: new LocalGitBackend({ path: dir }),
      policy: await readCommittedPolicy(dir, HOST),
      now: steppingClock(),
    });
    const model = modelFile(tempFolder(), "model.onnx", "weights");
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    await expect(registry.assign({ artifact: "churn", stage: "prod" })).rejects.toThrow(
      /churn v1.0.0 never held stage 'staging'/,
    );
    await registry.assign({ artifact: "churn", stage: "staging" });
    await registry.unassign({ artifact: "churn", stage: "staging" });
    const record = { file: ".mlops/registry.yml", commit: head, sha256: sha(POLICY) };
    expect(metadataOf(dir, "churn#staging#1")?.policy).toEqual(record);
    expect(metadataOf(dir, "churn#staging!#2")?.policy).toEqual(record);
    // A registration is no stage move: the policy has no say in it.
    expect(metadataOf(dir, "churn@v1.0.0")).not.toHaveProperty("policy");
  });

  it("is recorded as null on stage tags where HEAD commits none: every stage was allowed", async () => {
    const { dir } = makeRepo();
    const registry = new Registry({
      backend: new LocalGitBackend({ path: dir }),
      policy: await readCommittedPolicy(dir, HOST),
    });
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [] });
    await registry.assign({ artifact: "churn", stage: "prod" });
    expect(metadataOf(dir, "churn#prod#1")?.policy).toBeNull();
  });

  it("is read in the registry folder's own place in the repository", async () => {
    const { root, head } = committedPolicy(POLICY, "models");
    expect(await read(root)).toEqual({
      rules: RULES,
      record: { file: "models/.mlops/registry.yml", commit: head, sha256: sha(POLICY) },
      warnings: [],
    });
  });

  it("is read from a bare repository, which has no working tree to differ", async () => {
    const { dir, head } = committedPolicy();
    const bare = join(tempFolder(), "registry.git");
    git(dir, "clone", "--quiet", "--bare", dir, bare);
    expect((await readCommittedPolicy(bare, HOST)).record).toEqual({
      file: ".mlops/registry.yml",
      commit: head,
      sha256: sha(POLICY),
    });
  });

  it("is recorded by the sha256 of its bytes, which git show gives again", async () => {
    // A comment in Latin-1: no UTF-8, which a reading as text would have replaced.
    const latin1 = Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    const { dir, head } = committedPolicy(Buffer.concat([latin1, Buffer.from(POLICY)]));
    const { record } = await readCommittedPolicy(dir, HOST);
    expect(record?.sha256).toBe(sha(shown(dir, head, ".mlops/registry.yml")));
  });

  it("is refused unread where the commit holds more than a YAML document may", async () => {
    const { dir } = makeRepo();
    // 257 MiB of spaces, compressed to little in git; left out of the working tree.
    const blob = execFileSync("git", ["hash-object", "-w", "--stdin"], {
      cwd: dir,
      input: Buffer.alloc(257 * 2 ** 20, 0x20),
      encoding: "utf8",
    }).trim();
    git(dir, "update-index", "--add", "--cacheinfo", `100644,${blob},.mlops/registry.yml`);
    git(dir, "commit", "--quiet", "-m", "A policy no one can read");
    git(dir, "update-index", "--skip-worktree", ".mlops/registry.yml");
    await expect(readCommittedPolicy(dir, HOST)).rejects.toThrow(
      `.mlops/registry.yml (as committed at HEAD, ${headOf(dir).slice(0, 12)}): is 257 MiB, more than the 256 MiB a YAML or JSON document may hold`,
    );
  });

  it("is checked against the schema as committed, naming the file and line", async () => {
    const { dir } = committedPolicy("stages:\n  - name: prod\n    evidnce: true\n");
    await expect(readCommittedPolicy(dir, HOST)).rejects.toThrow(
      /\.mlops\/registry\.yml:\d+: field '\/stages\/0' has an unknown property 'evidnce'/,
    );
  });
});

describe("a working tree git finds no different from HEAD", () => {
  /** The policy checked out again after `configure`, as a clone with those settings has it. */
  function checkedOutAgain(configure: (dir: string) => void) {
    const { dir } = committedPolicy();
    configure(dir);
    rmSync(join(dir, ".mlops", "registry.yml"));
    git(dir, "checkout", "--", ".mlops/registry.yml");
    return { dir, head: headOf(dir) };
  }

  it("is so with core.autocrlf, whose CRLF line endings git makes and takes back", async () => {
    const { dir, head } = checkedOutAgain((d) => git(d, "config", "core.autocrlf", "true"));
    expect(git(dir, "ls-files", "--eol", ".mlops/registry.yml")).toMatch(/w\/crlf/);
    expect(await read(dir)).toEqual({
      rules: RULES,
      record: { file: ".mlops/registry.yml", commit: head, sha256: sha(POLICY) },
      warnings: [],
    });
  });

  it("is so with an eol=crlf attribute", async () => {
    const { dir, head } = checkedOutAgain((d) => {
      writeFileSync(join(d, ".gitattributes"), "*.yml text eol=crlf\n");
      git(d, "add", ".gitattributes");
      git(d, "commit", "--quiet", "-m", "CRLF for YAML");
    });
    expect(git(dir, "ls-files", "--eol", ".mlops/registry.yml")).toMatch(/w\/crlf/);
    const { record, warnings } = await read(dir);
    expect(record).toEqual({ file: ".mlops/registry.yml", commit: head, sha256: sha(POLICY) });
    expect(warnings).toEqual([]);
  });

  it("is so where a sparse checkout leaves the policy out: the commit's is applied", async () => {
    const { dir } = committedPolicy();
    mkdirSync(join(dir, "models"));
    writeFileSync(join(dir, "models", "train.py"), "print('train')\n");
    git(dir, "add", "models");
    git(dir, "commit", "--quiet", "-m", "Models");
    git(dir, "sparse-checkout", "set", "--cone", "models");
    expect(existsSync(join(dir, ".mlops", "registry.yml"))).toBe(false);
    expect(await read(dir)).toEqual({
      rules: RULES,
      record: { file: ".mlops/registry.yml", commit: headOf(dir), sha256: sha(POLICY) },
      warnings: [],
    });
  });
});

describe("a working tree whose policy is not the one committed", () => {
  const fix = { fix: expect.stringMatching(/^Commit it or revert it/) };

  it("is refused when the file was edited, naming it and HEAD's commit", async () => {
    const { dir, head } = committedPolicy();
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    const refused = readCommittedPolicy(dir, HOST);
    await expect(refused).rejects.toBeInstanceOf(PolicyRefusal);
    await expect(refused).rejects.toThrow(
      `.mlops/registry.yml differs from the one committed at HEAD (${head.slice(0, 12)})`,
    );
    await expect(refused).rejects.toMatchObject(fix);
  });

  it("is refused when the file was never committed, or deleted from the working tree", async () => {
    const { dir } = makeRepo();
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(join(dir, ".mlops", "registry.yml"), POLICY);
    await expect(readCommittedPolicy(dir, HOST)).rejects.toThrow(
      /\.mlops\/registry\.yml is not committed at HEAD \([0-9a-f]{12}\)/,
    );
    await expect(readCommittedPolicy(dir, HOST)).rejects.toMatchObject(fix);
    // Ignored by .gitignore, it is still no committed policy.
    writeFileSync(join(dir, ".gitignore"), ".mlops/\n");
    await expect(readCommittedPolicy(dir, HOST)).rejects.toThrow(/is not committed at HEAD/);
    const committed = committedPolicy();
    rmSync(join(committed.dir, ".mlops", "registry.yml"));
    await expect(readCommittedPolicy(committed.dir, HOST)).rejects.toThrow(
      /\.mlops\/registry\.yml is committed at HEAD \([0-9a-f]{12}\) but deleted from the working tree/,
    );
  });

  it("is named by its path in the repository where the registry is a folder of it", async () => {
    const { dir, root } = committedPolicy(POLICY, "models");
    writeFileSync(join(root, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    const refused = readCommittedPolicy(root, HOST);
    await expect(refused).rejects.toThrow(
      `models/.mlops/registry.yml differs from the one committed at HEAD (${headOf(dir).slice(0, 12)})`,
    );
    // `:/` reads the path from the top of the repository, wherever the command is typed.
    await expect(refused).rejects.toMatchObject({
      fix: "Commit it or revert it (git checkout HEAD -- ':/models/.mlops/registry.yml'), then run promote again",
    });
  });

  it("is planned with on a dry run, which warns that a real run would refuse it", async () => {
    const { dir, head } = committedPolicy();
    writeFileSync(join(dir, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    expect(await read(dir, { dryRun: true })).toEqual({
      rules: { stages: [{ name: "staging" }, { name: "prod" }] },
      record: { file: ".mlops/registry.yml", commit: null, sha256: sha(WITHOUT_EVIDENCE) },
      warnings: [
        `.mlops/registry.yml differs from the one committed at HEAD (${head.slice(0, 12)}): a real run would refuse it (promote applies the policy as committed, which the stage tags record); this dry run plans with it. Commit it or revert it (git checkout HEAD -- ':/.mlops/registry.yml'), then run promote again`,
      ],
    });
  });
});

describe("a policy committed as a symbolic link", () => {
  /** `.mlops/registry.yml -> <target>`, committed, with the policy at `config/registry.yml`. */
  function linkedPolicy(target = "../config/registry.yml") {
    const { dir } = makeRepo();
    mkdirSync(join(dir, "config"));
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(join(dir, "config", "registry.yml"), POLICY);
    symlinkSync(target, join(dir, ".mlops", "registry.yml"));
    git(dir, "add", ".");
    git(dir, "commit", "--quiet", "-m", "Registry policy, shared with another tool");
    return { dir, head: headOf(dir) };
  }

  it("is followed within the commit, and the tags record the file it leads to", async () => {
    const { dir, head } = linkedPolicy();
    const record = { file: "config/registry.yml", commit: head, sha256: sha(POLICY) };
    expect(await read(dir)).toEqual({ rules: RULES, record, warnings: [] });
  });

  it("is refused where the file it leads to was edited", async () => {
    const { dir } = linkedPolicy();
    writeFileSync(join(dir, "config", "registry.yml"), WITHOUT_EVIDENCE);
    await expect(readCommittedPolicy(dir, HOST)).rejects.toThrow(
      /^config\/registry\.yml, on the way to \.mlops\/registry\.yml, differs from the one committed at HEAD/,
    );
  });

  it("is refused where it leads to a file the commit does not hold, or into .git", async () => {
    const { dir, head } = linkedPolicy("../config/renamed.yml");
    const refusal = (path: string) =>
      `.mlops/registry.yml leads by a symbolic link to ${path}, a file HEAD (${head.slice(0, 12)}) does not hold: the stage tags could name no committed policy`;
    const fix = "Commit the file the link leads to, or the policy itself in place of the link";
    // Rather than no policy at all, which would allow every stage.
    await expect(readCommittedPolicy(dir, HOST)).rejects.toThrow(refusal("config/renamed.yml"));
    await expect(readCommittedPolicy(dir, HOST)).rejects.toMatchObject({ fix });
    const intoGit = linkedPolicy("../.git/config");
    await expect(readCommittedPolicy(intoGit.dir, HOST)).rejects.toThrow(
      `.mlops/registry.yml leads by a symbolic link to .git/config, a file HEAD (${intoGit.head.slice(0, 12)}) does not hold`,
    );
  });

  it("is refused unread where the link is longer than a path may be", async () => {
    const { dir } = makeRepo();
    const blob = execFileSync("git", ["hash-object", "-w", "--stdin"], {
      cwd: dir,
      input: `/${"a".repeat(5000)}`,
      encoding: "utf8",
    }).trim();
    git(dir, "update-index", "--add", "--cacheinfo", `120000,${blob},.mlops/registry.yml`);
    git(dir, "commit", "--quiet", "-m", "A link no system makes");
    git(dir, "update-index", "--skip-worktree", ".mlops/registry.yml");
    await expect(readCommittedPolicy(dir, HOST)).rejects.toThrow(
      `.mlops/registry.yml is a symbolic link of 5001 bytes in commit ${headOf(dir).slice(0, 12)}, more than the 4096 a path may hold`,
    );
  });

  it("is followed out of the repository as before, with a warning: no commit holds it", async () => {
    const outside = join(tempFolder(), "registry.yml");
    writeFileSync(outside, POLICY);
    const { dir } = linkedPolicy(outside);
    expect(await read(dir)).toEqual({
      rules: RULES,
      record: { file: ".mlops/registry.yml", commit: null, sha256: sha(POLICY) },
      warnings: [
        `.mlops/registry.yml leads by a symbolic link out of the repository, to '${outside}': it is applied as the link finds it, and stage tags record no commit of it. Commit the policy itself in the repository, so that the tags name its commit`,
      ],
    });
  });

  it("is refused out of the repository in a workflow run, whose checkout a pull request fills", async () => {
    const outside = join(tempFolder(), "registry.yml");
    writeFileSync(outside, POLICY);
    const { dir } = linkedPolicy(outside);
    const refused = readCommittedPolicy(dir, { ...HOST, confineLinks: true });
    await expect(refused).rejects.toBeInstanceOf(PolicyRefusal);
    await expect(refused).rejects.toThrow(
      `.mlops/registry.yml leads by a symbolic link out of the repository, to '${outside}', which a workflow run does not follow: only the checkout's own files are read`,
    );
  });

  it("is refused out of the workspace in a workflow run where git cannot read the folder", async () => {
    // No repository: the folder's own file is read, but not through a link out of the run's
    // workspace, whose parts the policy's errors would echo.
    const outside = join(tempFolder(), "secret.yml");
    writeFileSync(outside, "stages: ghs_SECRET\n");
    const dir = tempFolder();
    mkdirSync(join(dir, ".mlops"));
    symlinkSync(outside, join(dir, ".mlops", "registry.yml"));
    const refused = readCommittedPolicy(dir, { ...HOST, confineLinks: true, workspace: dir });
    await expect(refused).rejects.toBeInstanceOf(PolicyRefusal);
    await expect(refused).rejects.toThrow(
      `.mlops/registry.yml is a symbolic link to '${outside}', out of the workspace, which a workflow run does not follow`,
    );
    await expect(refused).rejects.not.toThrow("ghs_SECRET");
  });

  it("is refused out of the repository where the link leads to no file, its target cut short", async () => {
    const target = `/${"a".repeat(3000)}/registry.yml`;
    const { dir } = linkedPolicy(target);
    const refused = readCommittedPolicy(dir, HOST);
    await expect(refused).rejects.toThrow(
      `.mlops/registry.yml leads by a symbolic link out of the repository, to '${target.slice(0, 199)}…', where there is no file`,
    );
    await expect(refused).rejects.toMatchObject({
      fix: "Commit the policy itself in the repository, so that the tags name its commit",
    });
  });
});

describe("a registry folder git cannot read", () => {
  /** A folder with the policy, and no repository around it. */
  function plainFolder() {
    const folder = tempFolder();
    mkdirSync(join(folder, ".mlops"));
    writeFileSync(join(folder, ".mlops", "registry.yml"), POLICY);
    return folder;
  }
  const unrecorded =
    ".mlops/registry.yml is applied as the folder holds it, and stage tags record no commit of it";
  const record = { file: ".mlops/registry.yml", commit: null, sha256: sha(POLICY) };

  it("applies its policy as before outside any repository, recorded with no commit", async () => {
    const folder = plainFolder();
    expect(await read(folder)).toEqual({
      rules: RULES,
      record,
      warnings: [
        `${unrecorded}: ${folder} is in no git repository. Run promote in a clone of the repository that commits the policy (actions/checkout in a workflow)`,
      ],
    });
    // Without a policy nothing is applied, and nothing needs saying.
    expect(await read(tempFolder())).toEqual({ rules: undefined, record: null, warnings: [] });
  });

  it("does so before the repository's first commit", async () => {
    const folder = plainFolder();
    git(folder, "init", "--quiet");
    expect((await read(folder)).warnings).toEqual([
      `${unrecorded}: the repository has no commit yet. Commit the policy, so that the tags name its commit`,
    ]);
  });

  it("does so where git is not installed", async () => {
    const { dir } = committedPolicy();
    const { rules, warnings } = await read(dir, { env: { PATH: tempFolder() } });
    expect(rules).toEqual(RULES);
    expect(warnings).toEqual([
      `${unrecorded}: git is not installed (not found on the PATH). Install git (or put it on the PATH), so that the tags name the policy's commit`,
    ]);
  });

  it("does so where git refuses a repository another user owns, saying how to trust it", async () => {
    const { dir } = committedPolicy();
    // git's own switch for its ownership check, as a checkout made by another user meets it.
    const env = { ...process.env, GIT_TEST_ASSUME_DIFFERENT_OWNER: "1" };
    expect(await read(dir, { env })).toEqual({
      rules: RULES,
      record,
      warnings: [
        `${unrecorded}: git refuses the repository at ${dir}, which another user owns ("dubious ownership"). Trust it with: git config --global --add safe.directory ${dir}`,
      ],
    });
  });
});

describe("a policy commit that no branch of the remote holds", () => {
  it("is warned of once, and no more once it is pushed", async () => {
    const { dir } = committedPolicy();
    const remote = join(tempFolder(), "origin.git");
    git(dir, "clone", "--quiet", "--bare", dir, remote);
    const clone = join(tempFolder(), "clone");
    git(tempFolder(), "clone", "--quiet", remote, clone);
    expect((await read(clone)).warnings).toEqual([]);
    writeFileSync(join(clone, ".mlops", "registry.yml"), WITHOUT_EVIDENCE);
    git(clone, "commit", "--quiet", "-am", "Drop prod's evidence");
    const head = headOf(clone);
    expect((await read(clone)).warnings).toEqual([
      `the stage tags record the policy as committed at ${head.slice(0, 12)} (HEAD), which no branch of the remote 'origin' holds: whoever audits them from a clone cannot open it. Push it (git push origin HEAD:<branch>)`,
    ]);
    // A workflow run's own commit is on the remote, whatever the clone fetched.
    expect((await read(clone, { pushed: head })).warnings).toEqual([]);
    git(clone, "push", "--quiet", "origin", "HEAD:main");
    expect((await read(clone)).warnings).toEqual([]);
  });

  it("is not warned of where the clone cannot tell: shallow, or with no branch of the remote", async () => {
    const { dir, head } = committedPolicy();
    git(dir, "commit", "--quiet", "--allow-empty", "-m", "Later work on main");
    const remote = join(tempFolder(), "origin.git");
    git(dir, "clone", "--quiet", "--bare", dir, remote);
    // The policy's commit fetched alone (depth 1, as actions/checkout does), then main's tip: the
    // history between them is not there, so no branch seems to hold the commit.
    const shallow = join(tempFolder(), "shallow");
    git(tempFolder(), "init", "--quiet", shallow);
    git(shallow, "remote", "add", "origin", `file://${remote}`);
    git(shallow, "fetch", "--quiet", "--depth=1", "origin", head);
    git(shallow, "checkout", "--quiet", "--detach", head);
    git(shallow, "fetch", "--quiet", "--depth=1", "origin", "+main:refs/remotes/origin/main");
    expect(git(shallow, "for-each-ref", "--contains", head, "refs/remotes/")).toBe("");
    expect((await read(shallow)).warnings).toEqual([]);
    // A tag checked out alone leaves no branch of the remote to look in.
    git(remote, "tag", "v1", head);
    const tagOnly = join(tempFolder(), "tag-only");
    git(tempFolder(), "init", "--quiet", tagOnly);
    git(tagOnly, "remote", "add", "origin", `file://${remote}`);
    git(tagOnly, "fetch", "--quiet", "origin", "+refs/tags/v1:refs/tags/v1");
    git(tagOnly, "checkout", "--quiet", "--detach", "v1");
    expect((await read(tagOnly)).warnings).toEqual([]);
  });
});
