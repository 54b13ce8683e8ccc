import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "../helpers/examples.js";
import { tempDir } from "../helpers/temp-dir.js";
import { runProcess } from "@mlops/shared";
import { isGone } from "./process-state.js";

it("forwards SIGTERM to the command and its process group, records cancelled and exits 1", async () => {
  const { dir } = tempDir();
  const pids = join(dir, "pids.json");
  const sleeper = join(repoRoot, "test/fixtures/train/sleep-with-child.mjs");
  const mlops = spawn(
    process.execPath,
    [
      join(repoRoot, "bin/mlops.js"),
      "train-run",
      "--command",
      JSON.stringify([process.execPath, sleeper, pids]),
    ],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  mlops.stderr.on("data", (chunk) => (stderr += chunk));
  const closed = new Promise((resolve) => mlops.on("close", resolve));
  while (!existsSync(pids) || readFileSync(pids, "utf8") === "")
    await new Promise((r) => setTimeout(r, 50));
  mlops.kill("SIGTERM");

  expect(await closed).toBe(1);
  expect(stderr).toMatch(
    /train-run cancelled: the run was cancelled \(SIGTERM\); the command and its process group were stopped/,
  );
  const { parent, child } = JSON.parse(readFileSync(pids, "utf8"));
  expect(isGone(parent)).toBe(true);
  expect(isGone(child)).toBe(true);
  const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
  expect(record).toMatchObject({ status: "cancelled", signal: "SIGTERM", exit_code: null });
}, 20_000);

it("kills the group at a second SIGINT or SIGTERM, rather than interrupting its checkpoint again", async () => {
  const { dir } = tempDir();
  const started = join(dir, "started");
  const stubborn = `process.on("SIGINT", () => {}); process.on("SIGTERM", () => {});
require("fs").writeFileSync(${JSON.stringify(started)}, ""); setInterval(() => {}, 1000);`;
  const outcome = runProcess({
    argv: [process.execPath, "-e", stubborn],
    shell: false,
    cwd: dir,
    env: process.env,
    graceMs: 60_000,
    onLine: () => {},
  });
  while (!existsSync(started)) await new Promise((r) => setTimeout(r, 50));
  process.emit("SIGINT", "SIGINT");
  await new Promise((r) => setTimeout(r, 200));
  process.emit("SIGTERM", "SIGTERM");
  expect(await outcome).toMatchObject({ cancelledBy: "SIGINT", signal: "SIGKILL" });
}, 10_000);
