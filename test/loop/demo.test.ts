import { execFile, spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the demo as `npm run demo` does, to its end. */
function runDemo(): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "bash",
      [join(ROOT, "scripts/demo.sh")],
      { cwd: ROOT, timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run demo", () => {
  let demo: { status: number; stdout: string; stderr: string };
  let folder: string | undefined;
  const json = (name: string) => JSON.parse(readFileSync(join(folder!, name), "utf8"));

  beforeAll(async () => {
    demo = await runDemo();
    folder = /Everything the demo wrote .*: (.+)\n/.exec(demo.stdout)?.[1];
  }, 180_000);
  afterAll(() => folder && rmSync(folder, { recursive: true, force: true }));

  it("runs the whole loop to the end and names the folder it leaves", () => {
    expect(demo.status, demo.stderr.slice(-2000)).toBe(0);
    expect(folder).toBeDefined();
  });

  it("recaps what each of the six actions decided", () => {
    const recap = demo.stdout.slice(demo.stdout.indexOf("==== what each step decided"));
    expect(recap).toMatch(/validate-data: valid true, 400 rows/);
    expect(recap).toMatch(/train-run champion: .*"test_accuracy"/);
    expect(recap).toMatch(/eval-gate: pass/);
    expect(recap).toMatch(/canary-deploy: promoted, final weight 100%/);
    expect(recap).toMatch(/promote: v1\.1\.0 to prod on the canary report/);
    expect(recap).toMatch(/drift-check: drifted (true|false)/);
  });

  it("notes in the recap each promotion whose evidence was skipped, and by whom, from its report", () => {
    const recap = demo.stdout.slice(demo.stdout.indexOf("==== what each step decided"));
    expect(recap).toContain(
      "\npromote: v1.0.0 to staging (evidence skipped by model-owner, on record)\n",
    );
    expect(recap).toContain(
      "\npromote: v1.0.0 to prod (evidence skipped by model-owner, on record)\n",
    );
    // The challenger met staging's evidence with its eval report: nothing skipped.
    expect(recap).toContain("\npromote: v1.1.0 to staging\n");
    expect(json("promote-v1.1.0-staging.json").skipped).toEqual([]);
  });

  it("leaves a registry whose prod is the challenger, on the canary report of the same model", () => {
    const git = (...args: string[]) =>
      spawnSync("git", ["-C", join(folder!, "registry"), ...args], { encoding: "utf8" }).stdout;
    expect(git("tag", "-l").trim().split("\n").sort()).toEqual([
      "breast-cancer#prod#2",
      "breast-cancer#prod#4",
      "breast-cancer#staging#1",
      "breast-cancer#staging#3",
      "breast-cancer@v1.0.0",
      "breast-cancer@v1.1.0",
    ]);
    const evalReport = json("eval-report.json");
    const canaryReport = json("canary-report.json");
    expect(evalReport.verdict).toBe("pass");
    expect(canaryReport.outcome).toBe("promoted");
    expect(canaryReport.model.sha256).toBe(evalReport.model.sha256);
    expect(json("promote-v1.1.0-prod.json")).toMatchObject({ version: "v1.1.0" });
  });

  it("shows the pull-request comment and the registry's history as a person reads them", () => {
    expect(demo.stdout).toContain("  | ### ✅ eval-gate: pass");
    expect(demo.stdout).toMatch(/breast-cancer#prod#4 +assign prod v1\.1\.0 +by ci/);
  });
});
