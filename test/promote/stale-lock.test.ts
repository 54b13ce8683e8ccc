/**
 * A lock file that a stopped git process left makes git refuse the ref it guards, as if another
 * promotion held it. Once the tries are spent, promote tells the stale lock from a lost race.
 */
import { existsSync, mkdirSync, realpathSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@mlops/shared";
import { git } from "../registry/git-fixture.js";
import { workspace } from "./promote-workspace.js";

/** `mlops promote` on a clock whose waits take no time, counting them: all tries run at once. */
async function promote(dir: string) {
  let stderr = "";
  let waits = 0;
  const code = await runCli(
    ["promote", "--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"],
    {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      cwd: dir,
      clock: { now: () => Date.now(), sleep: async () => void waits++ },
    },
  );
  return { code, stderr, waits };
}

/** A lock file at `path` in the repository, last written at `date`. */
function lockFile(dir: string, path: string, date: Date): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, "");
  utimesSync(file, date, date);
}

/** The refs a registration makes: none, after a failed one. */
const registryRefs = (dir: string) => git(dir, "for-each-ref", "refs/tags", "refs/mlops").trim();

/** Whether the release folder of churn v1.0.0 is there: not after a failed registration. */
const releaseFiles = (dir: string) => existsSync(join(dir, ".mlops", "releases", "churn@v1.0.0"));

const HOUR = 3_600_000;

describe("promote on a repository with a stale lock file", () => {
  it.each([".git/refs/tags/churn@v1.0.0.lock", ".git/refs/mlops/releases/churn@v1.0.0.lock"])(
    "names %s, left an hour before the run, and says to remove it",
    async (lock) => {
      const { dir } = workspace();
      // Whole seconds, so that the mtime reads back as written.
      const left = new Date(Math.floor((Date.now() - HOUR) / 1000) * 1000);
      lockFile(dir, lock, left);
      const run = await promote(dir);
      expect(run.code).toBe(1);
      expect(run.waits).toBe(15);
      // Absolute, as git names it: the registry need not be the working folder.
      const path = join(realpathSync(dir), lock);
      expect(run.stderr).toBe(
        `mlops promote: tag 'churn@v1.0.0' cannot be made: git's lock file ${path}, from ${left.toISOString()}, ` +
          "was there before the first of 16 tries and is there after the last, so no running promotion holds it. " +
          `A git process that was stopped left it: remove ${path} if no git process is running in the repository, and run again\n`,
      );
      expect(registryRefs(dir)).toBe("");
      expect(releaseFiles(dir)).toBe(false);

      rmSync(join(dir, lock));
      const fixed = await promote(dir);
      expect(fixed.code).toBe(0);
      expect(fixed.stderr).toBe("created churn@v1.0.0\n");
    },
  );

  it("takes a lock made since the first try for another promotion's, as before", async () => {
    const { dir } = workspace();
    const lock = ".git/refs/tags/churn@v1.0.0.lock";
    lockFile(dir, lock, new Date(Date.now() + HOUR));
    const run = await promote(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops promote: tag 'churn@v1.0.0' already exists. Another promotion took it first; run again\n",
    );
    expect(existsSync(join(dir, lock))).toBe(true);
    expect(registryRefs(dir)).toBe("");
    expect(releaseFiles(dir)).toBe(false);
  });

  it("reads git's message in any language the user's git speaks", async () => {
    // With these, a git that has German messages says "Die Datei existiert bereits" of the lock.
    const before = { LANGUAGE: process.env.LANGUAGE, LC_ALL: process.env.LC_ALL };
    Object.assign(process.env, { LANGUAGE: "de", LC_ALL: "C.UTF-8" });
    try {
      const { dir } = workspace();
      const lock = ".git/refs/tags/churn@v1.0.0.lock";
      lockFile(dir, lock, new Date(Date.now() - HOUR));
      const run = await promote(dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`git's lock file ${join(realpathSync(dir), lock)}, from`);
    } finally {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
