import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { escapeControl, runInRunner, evalGate, driftCheck } from "@mlops/shared";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Names that try to steer a terminal: clear the screen, set the title, forge a line, reverse text. */
const CLEAR = "clear\x1b[2J\x1b[H";
const TITLE = "title\x1b]0;pwned\x07";
const FORGED = "acc\rvalid: true";
const REVERSED = "lat\u202Eycnetal";
const C1 = "csi\u009b2J";
const HOSTILE = [CLEAR, TITLE, FORGED, REVERSED, C1];

/** Anything that would steer a terminal or a log, besides the newline and tab of a layout. */
// eslint-disable-next-line no-control-regex -- the characters under test
const STEERING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function hostileGate() {
  const folder = tempDir();
  const values = Object.fromEntries(HOSTILE.map((name) => [name, 0.1]));
  folder.write("challenger.json", JSON.stringify({ accuracy: 0.9, ...values }));
  const rules = HOSTILE.map(
    (name) => `  ${JSON.stringify(name)}:\n    direction: higher\n    min: 0.5\n`,
  ).join("");
  folder.write("policy.yml", `metrics:\n${rules}`);
  return folder;
}

describe("escapeControl", () => {
  it("writes steering characters as visible escapes and keeps newlines and tabs", () => {
    expect(escapeControl("a\x1b[2J\rb\u202Ec\u2066d\u009be\x7f\n\tf")).toBe(
      "a\\x1b[2J\\x0db\\u202ec\\u2066d\\u009be\\u007f\n\tf",
    );
  });

  it("keeps JSON text valid and its values the same", () => {
    const value = { name: "a\x1b\u202E\u009b\u2028" };
    const text = escapeControl(JSON.stringify(value));
    expect(text).not.toMatch(STEERING);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("text from data on a terminal", () => {
  it("shows hostile metric names escaped in everything mlops eval-gate prints", async () => {
    const { dir } = hostileGate();
    for (const stdoutIsTTY of [false, true]) {
      const { code, stdout, stderr } = await mlops(
        ["eval-gate", "--challenger", "challenger.json", "--policy", "policy.yml"],
        dir,
        { stdoutIsTTY },
      );
      expect(code).toBe(1);
      expect(stdout).not.toMatch(STEERING);
      expect(stderr).not.toMatch(STEERING);
      // The names are still recognisable, and no line reads as a forged one.
      expect(stderr).toContain("acc\\x0dvalid: true");
      expect(stderr).toContain("title\\x1b]0;pwned\\x07");
      expect(stderr).toContain("lat\\u202eycnetal");
      expect(`${stdout}${stderr}`.split("\n")).not.toContain("valid: true");
    }
  });

  it("keeps the --json outputs valid JSON with the names as they are", async () => {
    const { dir } = hostileGate();
    const { stdout } = await mlops(
      ["eval-gate", "--challenger", "challenger.json", "--policy", "policy.yml", "--json"],
      dir,
    );
    expect(stdout).not.toMatch(STEERING);
    expect(JSON.parse(JSON.parse(stdout)["failed-metrics"])).toEqual(HOSTILE);
  });

  it("shows hostile column names escaped in what mlops drift-check prints", async () => {
    const { dir, write } = tempDir();
    const header = `${CLEAR},"${FORGED}",${REVERSED}`;
    const rows = (shift: number) =>
      Array.from({ length: 200 }, (_, i) => `${i + shift},${(i * 7) % 13},${i % 5}`).join("\n");
    write("reference.csv", `${header}\n${rows(0)}\n`);
    write("current.csv", `${header}\n${rows(500)}\n`);
    const { stdout, stderr } = await mlops(
      ["drift-check", "--reference", "reference.csv", "--current", "current.csv"],
      dir,
    );
    expect(stdout).not.toMatch(STEERING);
    expect(stderr).not.toMatch(STEERING);
    expect(stdout).toContain('drifted-columns: ["clear\\u001b[2J\\u001b[H"]');
  });
});

describe("text from data in a runner's log", () => {
  function runner(dir: string, inputs: Record<string, string>) {
    const write = (name: string) => {
      const path = `${dir}/${name}`;
      return path;
    };
    const env: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: write("output"),
      GITHUB_STEP_SUMMARY: write("summary"),
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const lines: string[] = [];
    return { env, lines, io: { env, cwd: dir, write: (line: string) => lines.push(line) } };
  }

  it("annotates and fails with the hostile metric names escaped, decoded as the runner does", async () => {
    const { dir } = hostileGate();
    const r = runner(dir, { challenger: "challenger.json", policy: "policy.yml" });
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    // The runner decodes %0D and %0A before it shows a command's message.
    const shown = r.lines.map((line) =>
      line.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%"),
    );
    for (const line of shown) expect(line).not.toMatch(STEERING);
    expect(shown.some((line) => line.includes("acc\\x0dvalid: true"))).toBe(true);
    expect(
      JSON.parse(parseOutputFile(readFileSync(r.env.GITHUB_OUTPUT!, "utf8"))["failed-metrics"]!),
    ).toEqual(HOSTILE);
  });

  it("logs hostile column names escaped", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", `${CLEAR},b\n${"1,2\n".repeat(50)}`);
    write("current.csv", `${CLEAR},b\n${"9,2\n".repeat(50)}`);
    const r = runner(dir, { reference: "reference.csv", current: "current.csv" });
    await runInRunner(driftCheck, r.io);
    expect(r.lines.join("\n")).not.toMatch(STEERING);
    expect(r.lines.join("\n")).toContain("clear\\x1b[2J");
  });
});
