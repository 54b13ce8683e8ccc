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

describe("train-run's shell script", () => {
  it("runs exactly as written: indentation kept, a first line starting with [ not read as YAML", async () => {
    const { dir } = tempDir();
    const heredoc = [
      "cat > out.txt <<EOF",
      "  indented",
      "",
      "    more",
      "EOF",
      "[ -d . ] && echo ok",
    ];
    const run = await mlops(["train-run", "--shell", "--command", heredoc.join("\n")], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("  indented\n\n    more\n");
    expect(run.stderr).toMatch(/^ok$/m);
    const test = await mlops(["train-run", "--shell", "--command", "[ -d . ] && echo ok"], dir);
    expect(test.code).toBe(0);
    expect(test.stderr).toMatch(/^ok$/m);
    expect(readRecord(dir).command).toEqual({ argv: ["[ -d . ] && echo ok"], shell: true });
    const dash = await mlops(["train-run", "--shell", "--command", "- x"], dir);
    expect(dash.stderr).not.toMatch(/input 'command'/);
  }, 20_000);
});
