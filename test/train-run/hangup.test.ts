import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { isGone } from "./process-state.js";

it("stops the command and everything it started at a hangup (a closed terminal), and records the run cancelled", async () => {
  const { dir } = tempDir();
  const pids = join(dir, "pids.json");
  const sleeper = join(repoRoot, "test/fixtures/train/sleep-with-child.mjs");
  const run = mlops(
    ["train-run", "--command", JSON.stringify([process.execPath, sleeper, pids])],
    dir,
  );
  // The command writes its pids once it runs, by when train-run holds the signals it handles.
  while (!existsSync(pids) || readFileSync(pids, "utf8") === "")
    await new Promise((r) => setTimeout(r, 50));
  // A real SIGHUP, as the terminal sends it: one that nothing handles would end this process.
  process.kill(process.pid, "SIGHUP");

  const { code, stderr } = await run;
  expect(code).toBe(1);
  expect(stderr).toMatch(/the run was cancelled \(SIGHUP\)/);
  const { parent, child } = JSON.parse(readFileSync(pids, "utf8"));
  expect(isGone(parent)).toBe(true);
  expect(isGone(child)).toBe(true);
  const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
  expect(record).toMatchObject({ status: "cancelled", signal: "SIGHUP", exit_code: null });
}, 20_000);
