import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { LocalGitBackend, Registry, execGit, type EvalReport, type GitExec } from "@mlops/shared";
import { whenFileEnds } from "../helpers/cleanup.js";

/** Git as the fixtures run it: no user config, hooks or signing can change the outcome. */
const SAFE = [
  "-c",
  "commit.gpgsign=false",
  "-c",
  "tag.gpgsign=false",
  "-c",
  "user.name=Fixture",
  "-c",
  "user.email=fixture@example.com",
];

export const git = (cwd: string, ...args: string[]): string =>
  execFileSync("git", [...SAFE, ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });

export function tempFolder(prefix = "mlops-registry-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  whenFileEnds(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A repository with one commit; returns its folder and the commit. */
export function makeRepo(dir = tempFolder()): { dir: string; commit: string } {
  mkdirSync(dir, { recursive: true });
  git(dir, "init", "--quiet", "-b", "main");
  writeFileSync(join(dir, "train.py"), "print('train')\n");
  git(dir, "add", "train.py");
  git(dir, "commit", "--quiet", "-m", "Train");
  return { dir, commit: git(dir, "rev-parse", "HEAD").trim() };
}

/** A bare remote holding one commit, and `count` clones of it over file://. */
export function remoteWithClones(count: number): { remote: string; clones: string[] } {
  const { dir: seed } = makeRepo();
  const remote = join(tempFolder(), "registry.git");
  git(seed, "clone", "--quiet", "--bare", seed, remote);
  const clones = Array.from({ length: count }, (_, i) => {
    const clone = join(tempFolder(), `clone-${i}`);
    git(tempFolder(), "clone", "--quiet", `file://${remote}`, clone);
    return clone;
  });
  return { remote, clones };
}

/** The real git, with every invocation recorded: the performance tests count them. */
export function countingExec(): { exec: GitExec; calls: string[][] } {
  const calls: string[][] = [];
  const exec: GitExec = (args, options) => {
    calls.push([...args]);
    return execGit(args, options);
  };
  return { exec, calls };
}

export interface FixtureTag {
  readonly name: string;
  readonly date: Date;
  readonly message: string;
  readonly tagger?: string;
  readonly commit?: string;
}

/** Creates many annotated tags in one `git fast-import`: thousands take well under a second. */
export function importTags(dir: string, commit: string, tags: readonly FixtureTag[]): void {
  const stream = tags
    .map((tag) => {
      const seconds = Math.floor(tag.date.getTime() / 1000);
      const message = Buffer.from(tag.message);
      return `tag ${tag.name}\nfrom ${tag.commit ?? commit}\ntagger ${tag.tagger ?? "Fixture"} <fixture@example.com> ${seconds} +0000\ndata ${message.length}\n${tag.message}\n`;
    })
    .join("");
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: stream });
}

/** A model file with the given content, and its path. */
export function modelFile(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Points the release ref of `tag` at a commit of `files` (under their base names), made with
 * plain git: a release replaced behind the registry's back, or the ref a failed run of an older
 * mlops left without its tag.
 */
export function setReleaseRef(dir: string, tag: string, files: readonly string[]): void {
  const entries = files.map(
    (file) =>
      `100644 blob ${git(dir, "hash-object", "-w", "--", file).trim()}\t${basename(file)}\0`,
  );
  const tree = execFileSync("git", ["mktree", "-z"], { cwd: dir, input: entries.join("") });
  const commit = git(dir, "commit-tree", "-m", `Assets of ${tag}`, tree.toString().trim()).trim();
  git(dir, "update-ref", `refs/mlops/releases/${tag}`, commit);
}

/**
 * An eval report (mlops.eval-report/v1) with the given verdict about a model digest, as
 * eval-gate writes one on a metrics file: its one row (accuracy at least 0.8) gives the verdict,
 * so promote takes it as the report it says it is.
 */
export function evalReport(verdict: "pass" | "fail", modelSha256: string | null): EvalReport {
  const ref = { file: "metrics.json", sha256: "0".repeat(64) };
  const passed = verdict === "pass";
  return {
    schema: "mlops.eval-report/v1",
    tool: { name: "mlops", version: "0.1.0" },
    created_at: "2026-01-01T00:00:00.000Z",
    mode: "aggregate",
    verdict,
    challenger: ref,
    champion: null,
    policy: ref,
    model: modelSha256 === null ? null : { file: "model.onnx", sha256: modelSha256 },
    rows: [
      {
        metric: "accuracy",
        slice: null,
        gated: true,
        direction: "higher",
        champion: null,
        challenger: passed ? 0.9 : 0.7,
        delta: null,
        relative_delta: null,
        rule: "higher is better; ≥ 0.8",
        checks: [{ rule: "min", limit: 0.8, passed }],
        status: verdict,
        reason: passed ? null : "accuracy 0.7 is below the minimum 0.8",
      },
    ],
    counts: { pass: passed ? 1 : 0, fail: passed ? 0 : 1, skipped: 0, info: 0 },
    notes: [],
  };
}

/** A clock that starts at `start` and moves a minute each time it is read. */
export function steppingClock(start = new Date("2026-03-01T12:00:00Z")): () => Date {
  let t = start.getTime();
  return () => {
    const now = new Date(t);
    t += 60_000;
    return now;
  };
}

/**
 * A registry on a fresh repository whose clock starts at 2026-03-01T12:00Z and moves a minute
 * per tag, so that `--at` can name the moments between events.
 */
export function clockedRegistry(): { dir: string; commit: string; registry: Registry } {
  const { dir, commit } = makeRepo();
  const registry = new Registry({
    backend: new LocalGitBackend({ path: dir }),
    now: steppingClock(new Date("2026-03-01T12:00:00Z")),
  });
  return { dir, commit, registry };
}
