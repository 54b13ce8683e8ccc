import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { isGone } from "./process-state.js";

const node = process.execPath;
const readRecord = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));

describe("train-run with shell: true", () => {
  it("gives a training process that traps SIGTERM the whole grace period, though sh dies at once", async () => {
    const { dir, write } = tempDir();
    write(
      "trap.mjs",
      `import { writeFileSync } from "node:fs";
process.on("SIGTERM", () => setTimeout(() => { writeFileSync("checkpoint", "saved"); process.exit(0); }, 2000));
writeFileSync("started", "");
setInterval(() => {}, 1000);
`,
    );
    const script = `"${node}" trap.mjs\necho after`;
    const run = await mlops(["train-run", "--shell", "--command", script, "--timeout", "1s"], dir);
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, "checkpoint"))).toBe(true);
    expect(readRecord(dir).status).toBe("timed-out");
  }, 20_000);

  it("stops the background processes a command left running when it exits, and notes it", async () => {
    const { dir } = tempDir();
    const script = `"${node}" -e "setInterval(() => {}, 1000)" &\necho $! > bg.pid`;
    const run = await mlops(["train-run", "--shell", "--command", script], dir);
    expect(run.code).toBe(0);
    const pid = Number(readFileSync(join(dir, "bg.pid"), "utf8"));
    expect(isGone(pid)).toBe(true);
    expect(run.stderr).toMatch(/left processes running .* they were stopped/);
    expect(readRecord(dir).notes.join()).toMatch(/left processes running/);
  }, 20_000);
});
