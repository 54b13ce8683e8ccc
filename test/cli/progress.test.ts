import { describe, expect, it } from "vitest";
import { runCli } from "@mlops/shared";
import { csvTable } from "../drift-check/drift-data.js";
import { tempDir } from "../helpers/temp-dir.js";

/** `mlops drift-check` of a small table against itself, with stderr a terminal or not. */
async function driftCheck(isTTY: boolean) {
  const { dir, write } = tempDir();
  write("reference.csv", csvTable({ rows: 200, seed: 1 }));
  write("current.csv", csvTable({ rows: 200, seed: 1 }));
  let stderr = "";
  const code = await runCli(
    ["drift-check", "--reference", "reference.csv", "--current", "current.csv", "--json"],
    { stdout: () => {}, stderr: (text) => (stderr += text), cwd: dir, isTTY },
  );
  return { code, stderr };
}

/** The terminal's erase-to-end-of-line, written as <erase> so that the tests can read it. */
const readable = (text: string) => text.replaceAll("\x1b[K", "<erase>");

describe("progress in the command-line program", () => {
  it("is one line redrawn in place on a terminal, erased before the log goes on and at the end", async () => {
    const { code, stderr } = await driftCheck(true);
    expect(code).toBe(0);
    const shown = readable(stderr);
    const drawn = [...shown.matchAll(/\r(reading (?:reference|current): [^\r\n]*)<erase>/g)];
    expect(drawn.map((m) => m[1]!.replace(/,.*/, ""))).toEqual([
      "reading reference: 200 rows",
      "reading current: 200 rows",
    ]);
    expect(drawn[0]![1]).toMatch(
      /^reading reference: 200 rows, [\d.]+ MB at [\d.]+ MB\/s, [\d.]+ s$/,
    );
    // The log line after the reads starts on a clean line, and nothing is left drawn.
    expect(shown).toMatch(/<erase>\r<erase>drift-check: 4 columns compared in [\d.]+ s\n$/);
  });

  it("writes no redrawn line when stderr is not a terminal, and nothing for a short read", async () => {
    const { code, stderr } = await driftCheck(false);
    expect(code).toBe(0);
    expect(readable(stderr)).not.toMatch(/\r|<erase>/);
    expect(stderr).toMatch(/^drift-check: 4 columns compared in [\d.]+ s\n$/);
  });
});
