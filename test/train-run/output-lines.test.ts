import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runProcess } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

/** The longest line a command's output passes on whole: 1 MiB of ASCII. */
const MAX_LINE_LENGTH = 1024 * 1024;

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

/** Runs a Node script and returns the lines runProcess passed on from its stdout. */
async function linesOf(script: string, onLine: (line: string) => void = () => {}) {
  const { dir } = tempDir();
  const lines: string[] = [];
  const outcome = await runProcess({
    argv: [process.execPath, "-e", script],
    shell: false,
    cwd: dir,
    env: process.env,
    onLine: (line) => {
      lines.push(line);
      onLine(line);
    },
  });
  expect(outcome.exitCode).toBe(0);
  return lines;
}

/** The lines runProcess passes on from a command that prints `text`. */
function linesPrinted(text: string): Promise<string[]> {
  const printed = tempDir().write("printed.txt", text);
  return linesOf(`process.stdout.write(require("fs").readFileSync(${JSON.stringify(printed)}))`);
}

describe("a command's output, line by line", () => {
  it("passes on a line longer than 1 MiB in pieces of 1 MiB, losing nothing", async () => {
    const long = "0123456789abcdef".repeat((MAX_LINE_LENGTH / 16) * 3.5);
    const lines = await linesPrinted(`${long}\nafter\n`);

    expect(lines.map((line) => line.length)).toEqual([
      MAX_LINE_LENGTH,
      MAX_LINE_LENGTH,
      MAX_LINE_LENGTH,
      MAX_LINE_LENGTH / 2,
      "after".length,
    ]);
    expect(digest(lines.slice(0, 4).join(""))).toBe(digest(long));
  });

  it("never cuts a character in two, at a piece's end or where the pipe's chunks meet", async () => {
    // Each emoji is four bytes of UTF-8 and two UTF-16 units: after the "a", one straddles the
    // 1 MiB cut, and others the pipe's 64 KiB chunks.
    const long = `a${"😀".repeat(MAX_LINE_LENGTH / 2 + 10)}`;
    const lines = await linesPrinted(`${long}\n`);

    expect(lines.map((line) => line.length)).toEqual([MAX_LINE_LENGTH - 1, 22]);
    expect(lines.join("")).not.toContain("\uFFFD");
    expect(digest(lines.join(""))).toBe(digest(long));
  });

  it("ends a line at \\n, \\r\\n or a lone \\r, also where a \\r\\n is split between two reads", async () => {
    const { dir } = tempDir();
    const go = join(dir, "go");
    // The rest is written only once "one" has been read: its \n arrives in a read of its own.
    const script = `const fs = require("fs");
process.stdout.write("one\\r");
const wait = setInterval(() => {
  if (!fs.existsSync(${JSON.stringify(go)})) return;
  clearInterval(wait);
  process.stdout.write("\\ntwo\\r\\nthree\\rfour\\n\\nfive");
}, 20);`;
    const lines = await linesOf(script, (line) => line === "one" && writeFileSync(go, ""));

    expect(lines).toEqual(["one", "two", "three", "four", "", "five"]);
  });
});
