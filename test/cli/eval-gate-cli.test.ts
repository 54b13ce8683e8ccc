import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evalReportContract, validateContract } from "@mlops/shared";
import { evalGateExample, evalGateExampleOutputs } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const gate = (dir: string, challenger: string, extra: string[] = []) =>
  mlops(
    [
      "eval-gate",
      "--challenger",
      evalGateExample(challenger),
      "--champion",
      evalGateExample("champion.json"),
      "--policy",
      evalGateExample("policy.yml"),
      ...extra,
    ],
    dir,
  );

describe("mlops eval-gate", () => {
  it("prints the outputs as one JSON object with --json, and writes a valid report", async () => {
    const { dir } = tempDir();
    const { code, stdout, stderr } = await gate(dir, "challenger.json", ["--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(evalGateExampleOutputs);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/eval-report.json`, "utf8"));
    expect(validateContract(evalReportContract, report, "report")).toBe(report);
    expect(report.created_at).toBe("2026-01-01T00:00:00.000Z");
    expect(readFileSync(`${dir}/mlops-out/eval-comment.md`, "utf8")).toContain(
      "### ✅ eval-gate: pass",
    );
  });

  it("prints the comment and the outputs for a person without --json", async () => {
    const { dir } = tempDir();
    const { code, stdout } = await gate(dir, "challenger.json");
    expect(code).toBe(0);
    expect(stdout).toContain("| `accuracy` | 0.912 | 0.921 | +0.009 (+0.987%) |");
    expect(stdout).toMatch(/\nverdict: pass\npassed: true\n/);
  });

  it("exits 1 on a failing verdict, after writing the outputs and the report", async () => {
    const { dir } = tempDir();
    const { code, stdout, stderr } = await gate(dir, "challenger-regressed.json", ["--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)["failed-metrics"]).toBe('["accuracy","latency_p95_ms"]');
    expect(stderr).toContain("mlops eval-gate: verdict fail: accuracy: regressed by 0.038");
    expect(JSON.parse(readFileSync(`${dir}/mlops-out/eval-report.json`, "utf8")).verdict).toBe(
      "fail",
    );
  });

  it("only reports with --fail-step false", async () => {
    const { dir } = tempDir();
    const { code, stdout } = await gate(dir, "challenger-regressed.json", [
      "--json",
      "--fail-step",
      "false",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).passed).toBe("false");
  });

  it("records the evaluated model's sha256 for promote to check", async () => {
    const { dir, write } = tempDir();
    write("model.bin", "weights");
    await gate(dir, "challenger.json", ["--model-file", "model.bin"]);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/eval-report.json`, "utf8"));
    const expected = createHash("sha256").update("weights").digest("hex");
    expect(report.model).toEqual({ file: "model.bin", sha256: expected });
  });

  describe("bad input", () => {
    it("gives one line naming the input and the fix, exit 1, no stack trace, and writes nothing", async () => {
      const { dir } = tempDir();
      const { code, stdout, stderr } = await mlops(
        ["eval-gate", "--challenger", "missing.json", "--policy", evalGateExample("policy.yml")],
        dir,
      );
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toBe(
        "mlops eval-gate: input 'challenger': file 'missing.json' does not exist. Check the path; a relative path starts from the working directory\n",
      );
      expect(existsSync(`${dir}/mlops-out`)).toBe(false);
    });

    it("names the file and line of a broken policy", async () => {
      const { dir, write } = tempDir();
      write("policy.yml", "metrics:\n  accuracy:\n    direction: better\n    min: 0.5\n");
      const { code, stderr } = await mlops(
        ["eval-gate", "--challenger", evalGateExample("challenger.json"), "--policy", "policy.yml"],
        dir,
      );
      expect(code).toBe(1);
      expect(stderr).toBe(
        "mlops eval-gate: policy.yml:3: field '/metrics/accuracy/direction' has a value that is not allowed. Use one of: higher, lower\n",
      );
    });

    it("lists the valid flags for an unknown one and suggests the nearest", async () => {
      const { stderr, code } = await mlops(["eval-gate", "--polcy", "p.yml"], ".");
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^mlops eval-gate: unknown flag '--polcy' for eval-gate\. Did you mean --policy\? Valid flags: --challenger, --champion, --policy,/,
      );
    });

    it("names a missing required input", async () => {
      const { stderr } = await mlops(["eval-gate", "--policy", evalGateExample("policy.yml")], ".");
      expect(stderr).toBe(
        "mlops eval-gate: input 'challenger': is required. Give the challenger file (only comment: from-fork-run reads none)\n",
      );
    });

    it("shows the stack trace only with --debug", async () => {
      const { dir, write } = tempDir();
      write("policy.yml", "metrics: [");
      const quiet = await mlops(
        ["eval-gate", "--challenger", evalGateExample("challenger.json"), "--policy", "policy.yml"],
        dir,
      );
      expect(quiet.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      const loud = await mlops(
        [
          "eval-gate",
          "--challenger",
          evalGateExample("challenger.json"),
          "--policy",
          "policy.yml",
          "--debug",
        ],
        dir,
      );
      expect(loud.stderr).toMatch(/\n\s+at /);
    });
  });
});

describe("mlops", () => {
  it("lists only the actions that exist", async () => {
    const { stdout, code } = await mlops(["--help"], ".");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}eval-gate +Compares the challenger/m);
    expect(stdout).not.toMatch(/not implemented/i);
  });

  it("builds an action's help from its action.yml", async () => {
    const { stdout } = await mlops(["validate-data", "--help"], ".");
    expect(stdout).toContain(
      "Usage: mlops validate-data --data <text> --schema <file> [inputs] [--json]",
    );
    const gate = (await mlops(["eval-gate", "--help"], ".")).stdout;
    expect(gate).toContain("Usage: mlops eval-gate [inputs] [--json]");
    expect(gate).toContain("  --fail-step <true | false>  (default: true)");
  });

  it("refuses an unknown command and lists the actions, with the one it abbreviates", async () => {
    const { stderr, code } = await mlops(["train"], ".");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^mlops: unknown command 'train'\. Did you mean train-run\? Actions: .*eval-gate/,
    );
  });

  it("cannot be made to issue workflow commands by a name in a file when it runs in a workflow step", async () => {
    const { dir, write } = tempDir();
    write("fork.json", JSON.stringify({ accuracy: 0.5, "acc\n::warning title=pwn::injected": 1 }));
    write(
      "policy.yml",
      'metrics:\n  accuracy:\n    direction: higher\n    min: 0.9\n  "acc\\n::warning title=pwn::injected":\n    direction: higher\n    min: 2\n',
    );
    const { stdout, stderr } = await mlops(
      ["eval-gate", "--challenger", "fork.json", "--policy", "policy.yml"],
      dir,
    );
    for (const line of `${stdout}\n${stderr}`.split("\n"))
      expect(line.trimStart()).not.toMatch(/^::|^##\[/);
    expect(stderr).toContain("injected");
  });

  it("answers -h like --help, and prints the program's help to stderr with exit 1 when called with nothing", async () => {
    expect((await mlops(["eval-gate", "-h"], ".")).stdout).toMatch(/^mlops eval-gate: /);
    const bare = await mlops([], ".");
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe("");
    expect(bare.stderr).toMatch(/^mlops \d+\.\d+\.\d+: /);
  });

  it("refuses names that exist on every object", async () => {
    const { stderr, code } = await mlops(["constructor"], ".");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^mlops: unknown command 'constructor'/);
  });
});
