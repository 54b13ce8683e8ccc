import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * Names and paths as a hostile pull request writes them, through every action of the CLI. Each
 * run must end in a verdict or one clear error line: never an unexpected error, never raw
 * control characters on the terminal, never a changed input file.
 */

const RUNS = { numRuns: 25, seed: 20261202 };

/** Text that has broken tools before: terminal escapes, forged lines, prototype keys, markup. */
const nasty = fc.constantFrom(
  "\u001b[2J\u001b]0;pwned\u0007",
  "ok\rvalid: true",
  "\u202egnp.exe",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "::error::forged",
  "@octocat #1 <b>x</b> | a | b |",
  "a\u001fb",
  "x".repeat(5_000),
  "名前",
  "",
);
const name = fc.oneof(
  nasty,
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** A CSV cell that stays one cell: quoted, with its quotes doubled. */
const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** sha256 of every file in the folder, to prove a run changed none of its inputs. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: "utf8", withFileTypes: false })
      .filter((path) => !path.startsWith("mlops-out"))
      .flatMap((path) => {
        try {
          return [
            [
              path,
              createHash("sha256")
                .update(readFileSync(join(dir, path)))
                .digest("hex"),
            ],
          ];
        } catch {
          return []; // a folder
        }
      }) as [string, string][],
  );
}

/** What every run must hold to, whatever it was given. */
function expectContained(
  run: { code: number; stdout: string; stderr: string },
  dir: string,
  before: Map<string, string>,
) {
  expect([0, 1]).toContain(run.code);
  expect(run.stderr).not.toContain("unexpected error");
  for (const stream of [run.stdout, run.stderr]) {
    // Escapes, lone carriage returns and bidi overrides are shown escaped, never sent raw.
    // eslint-disable-next-line no-control-regex -- it looks for the raw characters themselves
    expect(stream).not.toMatch(/[\u001b\u0007\r\u202a-\u202e\u2066-\u2069]/);
  }
  if (run.code === 1 && run.stdout === "") expect(run.stderr.trim().split("\n")).toHaveLength(1);
  const after = snapshot(dir);
  for (const [path, digest] of before) expect(after.get(path), path).toBe(digest);
}

describe("hostile names through every action", () => {
  it("validate-data: column names in the header and the contract", async () => {
    await fc.assert(
      fc.asyncProperty(name, name, async (a, b) => {
        const { dir, write } = tempDir();
        write("d.csv", `${cell(a)},${cell(b)}\n1,2\n3,4\n`);
        write(
          "c.json",
          JSON.stringify({
            fields: [
              { name: a, type: "integer" },
              { name: b, type: "number" },
            ],
          }),
        );
        const before = snapshot(dir);
        const run = await mlops(["validate-data", "--data", "d.csv", "--schema", "c.json"], dir);
        expectContained(run, dir, before);
      }),
      RUNS,
    );
  });

  it("drift-check: column names of both tables", async () => {
    await fc.assert(
      fc.asyncProperty(name, name, async (a, b) => {
        const { dir, write } = tempDir();
        const rows = (shift: number) =>
          Array.from({ length: 40 }, (_, i) => `${i + shift},${i % 3 ? "u" : "v"}`).join("\n");
        write("r.csv", `${cell(a)},${cell(b)}\n${rows(0)}\n`);
        write("c.csv", `${cell(a)},${cell(b)}\n${rows(30)}\n`);
        const before = snapshot(dir);
        const run = await mlops(
          ["drift-check", "--reference", "r.csv", "--current", "c.csv", "--fail-step", "false"],
          dir,
        );
        expectContained(run, dir, before);
      }),
      RUNS,
    );
  });

  it("eval-gate: metric names in the metrics files and the policy", async () => {
    await fc.assert(
      fc.asyncProperty(name, async (metric) => {
        const { dir, write } = tempDir();
        write("challenger.json", JSON.stringify({ [metric]: 0.8, accuracy: 0.9 }));
        write("champion.json", JSON.stringify({ [metric]: 0.85, accuracy: 0.9 }));
        write(
          "policy.json",
          JSON.stringify({
            schema: "mlops.gate-policy/v1",
            metrics: { [metric]: { direction: "higher", "max-regression": 0.01 } },
          }),
        );
        const before = snapshot(dir);
        const run = await mlops(
          ["eval-gate", "--challenger", "challenger.json", "--champion", "champion.json"].concat([
            "--policy",
            "policy.json",
          ]),
          dir,
        );
        expectContained(run, dir, before);
      }),
      RUNS,
    );
  });
});

describe("hostile paths through every action", () => {
  /** Output paths that have lost files or hung runs: inputs, devices, folders, /proc, traversal. */
  const outputPath = fc.oneof(
    fc.constantFrom(
      "d.csv",
      "./c.json",
      "/dev/null",
      "/proc/mlops/report.json",
      ".",
      "d.csv/report.json",
      "../../../../../../../../tmp",
      "out/../d.csv",
      "a\nb.json",
    ),
    fc.string({ minLength: 1, maxLength: 30 }).filter((path) => !path.includes("\0")),
  );

  it("validate-data: report and profile paths", async () => {
    await fc.assert(
      fc.asyncProperty(outputPath, outputPath, async (report, profile) => {
        const { dir, write } = tempDir();
        write("d.csv", "id,x\n1,2\n");
        write("c.json", JSON.stringify({ fields: [{ name: "id", type: "integer" }] }));
        const before = snapshot(dir);
        const run = await mlops(
          ["validate-data", "--data", "d.csv", "--schema", "c.json"].concat([
            "--report-path",
            report,
            "--profile-path",
            profile,
          ]),
          dir,
        );
        expectContained(run, dir, before);
      }),
      RUNS,
    );
  });

  it("drift-check: report and HTML paths, and inputs that are not regular files", async () => {
    const input = fc.constantFrom("r.csv", "/dev/null", ".", "missing.csv", "[z-a].csv");
    await fc.assert(
      fc.asyncProperty(input, outputPath, outputPath, async (reference, report, html) => {
        const { dir, write } = tempDir();
        write("r.csv", "x\n1\n2\n3\n");
        write("c.csv", "x\n2\n3\n4\n");
        const before = snapshot(dir);
        const run = await mlops(
          [
            "drift-check",
            "--reference",
            reference,
            "--current",
            "c.csv",
            "--fail-step",
            "false",
          ].concat(["--report-path", report, "--html-path", html]),
          dir,
        );
        expectContained(run, dir, before);
      }),
      RUNS,
    );
  });
});
