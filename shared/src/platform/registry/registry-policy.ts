import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Contract } from "../../engine/contracts/validate.js";
import { validateContract } from "../../engine/contracts/validate.js";
import { ContractError, FileError } from "../../engine/errors.js";
import type { Refuse } from "../../engine/files/open-for-reading.js";
import {
  oversizedDocument,
  parseStructured,
  readDocumentBytes,
  readStructured,
  type StructuredDocument,
} from "../../engine/files/read-structured.js";
import { compileSchema } from "../../engine/contracts/json-schema.js";
import { shownRef } from "../../engine/report/escape-control.js";
import { describeLinkOut, linkOut } from "../../engine/files/workspace-links.js";
import { GitError, PolicyRefusal } from "./errors.js";
import { gitOk, type GitExec } from "./git-exec.js";
import {
  blobBytes,
  changes,
  GitMissingError,
  policyGit,
  resolveCommitted,
  text,
  type Change,
  type CommittedFile,
  type GitEnvironment,
  type Resolved,
} from "./policy-git.js";
import schema from "./registry-policy.schema.json" with { type: "json" };

export interface StagePolicy {
  readonly name: string;
  readonly description?: string;
  /**
   * What assigning the stage needs: true, any passing report about the model file; predictions,
   * an eval report judged on per-example predictions (not a metrics file, nor a canary's report).
   */
  readonly evidence?: boolean | "predictions";
  readonly "may-skip"?: readonly string[];
}

/** `.mlops/registry.yml`, schema mlops.registry-policy/v1. */
export interface RegistryPolicy {
  readonly schema?: "mlops.registry-policy/v1";
  readonly ordered?: boolean;
  readonly stages: readonly StagePolicy[];
}

export const registryPolicyContract: Contract = {
  id: "mlops.registry-policy/v1",
  validate: compileSchema(schema),
  describe:
    "A registry policy is a YAML object with a 'stages' list, earliest first, such as stages: [{ name: staging }, { name: prod }]",
};

/** Where a registry keeps its policy, relative to the repository. */
export const POLICY_PATH = ".mlops/registry.yml";

/** Reads and checks a policy file. */
export function loadRegistryPolicy(path: string, shownAs: string = path): RegistryPolicy {
  return checkedPolicy(readStructured(path, shownAs), shownAs);
}

/** A policy document checked against its schema, and for a stage named twice. */
function checkedPolicy(doc: StructuredDocument, shownAs: string): RegistryPolicy {
  const policy = validateContract<RegistryPolicy>(
    registryPolicyContract,
    doc.value,
    shownAs,
    doc.lineOf,
  );
  const names = policy.stages.map((stage) => stage.name);
  const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (twice !== -1) {
    const line = doc.lineOf(`/stages/${twice}`);
    throw new ContractError(
      line === undefined ? shownAs : `${shownAs}:${line}`,
      `/stages/${twice}/name`,
      `names stage '${names[twice]}' a second time`,
      "List each stage once",
    );
  }
  return policy;
}

/**
 * The working tree's policy, or undefined when it has none (then every stage is allowed): what
 * the registry's readers, and the operations of promote that move no stage, apply.
 */
export function findRegistryPolicy(
  repository: string,
  workspace?: string,
): RegistryPolicy | undefined {
  const path = join(repository, POLICY_PATH);
  if (workspace !== undefined) refuseLinkOut(path, workspace);
  return existsSync(path) ? loadRegistryPolicy(path, POLICY_PATH) : undefined;
}

/**
 * Refuses a policy file that a symbolic link leads out of `workspace` (or into its .git): where
 * links are confined, a pull request could otherwise have any file of the runner read, and
 * parts of it echoed in the policy's errors.
 */
function refuseLinkOut(path: string, workspace: string): void {
  const out = linkOut(workspace, path);
  if (out === undefined) return;
  throw new PolicyRefusal(
    `${POLICY_PATH} ${describeLinkOut(out, workspace)}, which a workflow run does not follow`,
    "Commit the policy itself in the repository, in place of the link",
  );
}

/**
 * What a stage tag records of the policy it was made under: the file as the commit names it
 * (`git show <commit>:<file>` prints it) and the sha256 of its bytes. `commit` is null where no
 * commit could be named (git could not read the folder's repository, or the file lies outside
 * it): then `file` is the working file's path in the registry folder.
 */
export interface PolicyRecord {
  readonly file: string;
  readonly commit: string | null;
  readonly sha256: string;
}

/** The policy a registry applies, and what its stage tags record of it (absent: nothing). */
export interface AppliedPolicy {
  readonly rules: RegistryPolicy | undefined;
  /** null where no policy is applied: every stage is allowed. */
  readonly record?: PolicyRecord | null;
}

export interface CommittedPolicyOptions {
  /** A dry run plans with a working tree's policy that differs, with a warning, not a refusal. */
  readonly dryRun?: boolean;
  /** Told each thing an audit of the stage tags would miss; at most once a read. */
  readonly warn?: (message: string) => void;
  /** The remote the registry pushes to, whose branches should hold the policy's commit. */
  readonly remote?: string;
  /** A commit known to be on the remote: a workflow run's own (GITHUB_SHA). */
  readonly pushed?: string;
  /** The environment git runs in, the host's; absent: this process's, as the registry's git. */
  readonly env?: GitEnvironment;
  /**
   * Whether a policy committed as a link out of the repository is refused rather than followed:
   * in a runner, whose checkout a pull request fills (`.mlops/registry.yml -> /proc/self/environ`).
   */
  readonly confineLinks?: boolean;
  /** The run's workspace, out of which no link may lead the policy file where links are confined. */
  readonly workspace?: string;
}

/** Why the working tree's policy is not applied, for a refusal. */
const APPLIED = "promote applies the policy as committed, which the stage tags record";

const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

const parsedPolicy = (bytes: Buffer): RegistryPolicy =>
  checkedPolicy(parseStructured(bytes.toString("utf8"), POLICY_PATH), POLICY_PATH);

/**
 * The policy committed at HEAD of the repository that holds `root`, the commit a registration is
 * tagged on, for an operation that moves a stage: an edit left in the working tree would change
 * what a promotion is allowed without a trace, so a working tree whose policy git finds changed
 * is refused (a dry run warns). A bare repository has no working tree to differ. Where git
 * cannot read the repository at all, the folder's policy is applied as before, with a warning.
 */
export async function readCommittedPolicy(
  root: string,
  options: CommittedPolicyOptions,
): Promise<AppliedPolicy> {
  const warn = options.warn ?? (() => undefined);
  const git = policyGit(root, options.env);
  const where = await locate(git, root);
  if ("why" in where) {
    const applied = workingPolicy(root, options);
    const unrecorded = "is applied as the folder holds it, and stage tags record no commit of it";
    if (applied.record) warn(`${POLICY_PATH} ${unrecorded}: ${where.why}. ${where.fix}`);
    return applied;
  }
  const { inside, head } = where;
  const file = `${where.prefix}${POLICY_PATH}`;
  const resolved = await resolveCommitted(git, root, head, file);
  if (resolved.kind === "none" && resolved.links.length > 0) {
    throw new PolicyRefusal(
      `${shownRef(file)} leads by a symbolic link to ${shownRef(resolved.path)}, a file HEAD (${head.slice(0, 12)}) does not hold: the stage tags could name no committed policy`,
      "Commit the file the link leads to, or the policy itself in place of the link",
    );
  }
  const change = inside ? await difference(git, root, file, resolved) : undefined;
  if (change) {
    const { problem, fix } = workingTreeProblem(change, file, head);
    if (!options.dryRun) throw new PolicyRefusal(`${problem}: ${APPLIED}`, fix);
    warn(`${problem}: a real run would refuse it (${APPLIED}); this dry run plans with it. ${fix}`);
    return workingPolicy(root, options);
  }
  if (resolved.kind === "none") return { rules: undefined, record: null };
  if (resolved.kind === "outside") {
    return outsidePolicy(root, { file, inside, target: resolved.target }, options, warn);
  }
  const applied = await committedPolicy(git, root, head, resolved.found);
  if (inside) await warnUnpushed(git, root, head, options, warn);
  return applied;
}

/** Where `root` is in its repository, or why git cannot say (and how to fix that). */
type Where =
  | { readonly inside: boolean; readonly prefix: string; readonly head: string }
  | { readonly why: string; readonly fix: string };

async function locate(git: GitExec, root: string): Promise<Where> {
  const args = ["rev-parse", "--is-inside-work-tree", "--show-prefix"];
  let where;
  try {
    where = await git(args, { cwd: root });
  } catch (error) {
    if (!(error instanceof GitMissingError)) throw error;
    const fix = "Install git (or put it on the PATH), so that the tags name the policy's commit";
    return { why: "git is not installed (not found on the PATH)", fix };
  }
  if (where.code !== 0) return unreadable(git, root, args, where.stderr);
  const [inside = "", prefix = ""] = text(where.stdout).split("\n");
  const head = await git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd: root });
  if (head.code !== 0) {
    const fix = "Commit the policy, so that the tags name its commit";
    return { why: "the repository has no commit yet", fix };
  }
  return { inside: inside === "true", prefix, head: text(head.stdout).trim() };
}

/**
 * Why git found no repository it would read at `root`: one another user owns (which git reads
 * once trusted, asked here only for its top folder, to name it), or none at all. Told apart by
 * what git does, not by its messages, which speak the user's language.
 */
async function unreadable(
  git: GitExec,
  root: string,
  args: readonly string[],
  stderr: string,
): Promise<Where> {
  const trusted = ["-c", "safe.directory=*", "rev-parse", "--show-toplevel"];
  const owned = await git(trusted, { cwd: root });
  if (owned.code === 0) {
    const top = shownRef(text(owned.stdout).trim());
    const why = `git refuses the repository at ${top}, which another user owns ("dubious ownership")`;
    return { why, fix: `Trust it with: git config --global --add safe.directory ${top}` };
  }
  if (!inRepositoryFolder(root) || /not a git repository/.test(stderr)) {
    const fix =
      "Run promote in a clone of the repository that commits the policy (actions/checkout in a workflow)";
    return { why: `${root} is in no git repository`, fix };
  }
  throw new GitError(args, stderr);
}

/** Whether `folder` or one above it holds a `.git`, where git looks for a repository. */
function inRepositoryFolder(folder: string): boolean {
  for (let at = resolve(folder); ; at = dirname(at)) {
    if (existsSync(join(at, ".git"))) return true;
    if (dirname(at) === at) return false;
  }
}

/**
 * The folder's own policy file, recorded with no commit; none where there is no file. Where
 * links are confined, none may lead it out of the workspace.
 */
function workingPolicy(root: string, options: CommittedPolicyOptions): AppliedPolicy {
  const path = join(root, POLICY_PATH);
  if (options.confineLinks && options.workspace !== undefined) {
    refuseLinkOut(path, options.workspace);
  }
  if (!existsSync(path)) return { rules: undefined, record: null };
  const refuse: Refuse = ({ problem, fix }) => new FileError(POLICY_PATH, problem, fix);
  const bytes = readDocumentBytes(path, refuse);
  const record = { file: POLICY_PATH, commit: null, sha256: sha256(bytes) };
  return { rules: parsedPolicy(bytes), record };
}

/**
 * A policy committed as a link out of the repository (`registry.yml -> /etc/mlops/registry.yml`),
 * which no commit holds: a checkout on the user's own machine follows it, as promote always has,
 * with a warning. A workflow run refuses it (a pull request could link the policy to any file of
 * the runner, to have it echoed), a bare repository has nowhere to follow it to, and a link to
 * no file would apply no rules at all.
 */
function outsidePolicy(
  root: string,
  link: { readonly file: string; readonly inside: boolean; readonly target: string },
  options: CommittedPolicyOptions,
  warn: (message: string) => void,
): AppliedPolicy {
  const where = `${shownRef(link.file)} leads by a symbolic link out of the repository, to '${shownRef(link.target)}'`;
  const fix = "Commit the policy itself in the repository, so that the tags name its commit";
  const refused = !link.inside
    ? "which a bare repository cannot follow"
    : options.confineLinks
      ? "which a workflow run does not follow: only the checkout's own files are read"
      : existsSync(join(root, POLICY_PATH))
        ? undefined
        : "where there is no file";
  if (refused) throw new PolicyRefusal(`${where}, ${refused}`, fix);
  warn(
    `${where}: it is applied as the link finds it, and stage tags record no commit of it. ${fix}`,
  );
  return workingPolicy(root, options);
}

/** The first way the working tree holds the policy (or a link on the way to it) unlike HEAD. */
async function difference(
  git: GitExec,
  root: string,
  file: string,
  resolved: Resolved,
): Promise<Change | undefined> {
  const found = resolved.kind === "file" ? [resolved.found.file] : [];
  const [first] = await changes(git, root, [...new Set([file, ...resolved.links, ...found])]);
  if (first) return first;
  // git does not look behind a link that HEAD lacks, where a file still stands uncommitted.
  const uncommitted = resolved.kind === "none" && existsSync(join(root, POLICY_PATH));
  return uncommitted ? { code: "??", path: file } : undefined;
}

/** The policy as `commit` holds it, recorded by the sha256 of its bytes. */
async function committedPolicy(
  git: GitExec,
  root: string,
  commit: string,
  found: CommittedFile,
): Promise<AppliedPolicy> {
  const oversized = oversizedDocument(found.size);
  if (oversized) {
    const shown = `${POLICY_PATH} (as committed at HEAD, ${commit.slice(0, 12)})`;
    throw new FileError(shown, oversized.problem, oversized.fix);
  }
  const bytes = await blobBytes(git, root, found.object);
  const record = { file: found.file, commit, sha256: sha256(bytes) };
  return { rules: parsedPolicy(bytes), record };
}

/**
 * Warns where no branch of the remote holds the policy's commit (a commit made for the run and
 * not pushed): the tags name it, and an audit of them, from a clone, could not open it.
 */
async function warnUnpushed(
  git: GitExec,
  root: string,
  head: string,
  options: CommittedPolicyOptions,
  warn: (message: string) => void,
): Promise<void> {
  const remote = options.remote ?? "origin";
  if (head === options.pushed) return;
  const said = async (args: readonly string[]) =>
    text(await gitOk(git, args, { cwd: root })).trim();
  // A shallow clone knows too little history to say, and one with no branch of the remote
  // (a tag checked out alone, or no remote) nothing at all.
  if ((await said(["rev-parse", "--is-shallow-repository"])) === "true") return;
  const branches = ["for-each-ref", "--count=1", "--format=%(refname)", `refs/remotes/${remote}/`];
  if ((await said(branches)) === "") return;
  if ((await said([...branches, "--contains", head])) !== "") return;
  warn(
    `the stage tags record the policy as committed at ${head.slice(0, 12)} (HEAD), which no branch of the remote '${remote}' holds: whoever audits them from a clone cannot open it. Push it (git push ${remote} HEAD:<branch>)`,
  );
}

/** How the working tree's policy differs from HEAD's, and how to set that right. */
function workingTreeProblem(change: Change, file: string, head: string) {
  const at = `HEAD (${head.slice(0, 12)})`;
  const path = shownRef(change.path);
  const subject = change.path === file ? path : `${path}, on the way to ${shownRef(file)},`;
  // From the top of the repository, wherever the command is typed.
  const checkout = `git checkout HEAD -- ':/${path}'`;
  const [problem, revert] =
    change.code === "??" || change.code === "!!"
      ? [`is not committed at ${at}`, "delete the file"]
      : change.code.includes("D")
        ? [`is committed at ${at} but deleted from the working tree`, checkout]
        : [`differs from the one committed at ${at}`, checkout];
  return {
    problem: `${subject} ${problem}`,
    fix: `Commit it or revert it (${revert}), then run promote again`,
  };
}
