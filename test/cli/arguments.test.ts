import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifests, peekInput } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { git } from "../registry/git-fixture.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("the command line's arguments", () => {
  it("says that a flag followed by another flag has no value, rather than blaming the next value", async () => {
    const { code, stderr } = await mlops(
      ["validate-data", "--data", "--schema", "contract.yml"],
      ".",
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops validate-data: flag '--data' needs a value. Give it as --data <text>, or as --data=<value> for a value that starts with --\n",
    );
  });

  it("gives a flag of a command of several without its value the same one line as an action's", async () => {
    const before = await mlops(
      ["contract", "infer", "--data", "x.csv", "--output", "--force"],
      ".",
    );
    expect(before).toMatchObject({
      code: 1,
      stdout: "",
      stderr:
        "mlops contract: flag '--output' needs a value. Give it as --output <value>, or as --output=<value> for a value that starts with -\n",
    });
    const last = await mlops(["contract", "infer", "--data"], ".");
    expect(last.stderr).toBe(
      "mlops contract: flag '--data' needs a value. Give it as --data <value>, or as --data=<value> for a value that starts with -\n",
    );
  });

  it("takes a true/false flag alone as true, before another flag", async () => {
    const { stderr } = await mlops(["validate-data", "--fail-step", "--schema"], ".");
    expect(stderr).toMatch(/^mlops validate-data: flag '--schema' needs a value\./);
  });

  it("suggests the one flag an abbreviation begins, and none when it begins several", async () => {
    const abbreviated = await mlops(["validate-data", "--max-ex", "3"], ".");
    expect(abbreviated.stderr).toMatch(
      /^mlops validate-data: unknown flag '--max-ex' for validate-data\. Did you mean --max-examples\? Valid flags:/,
    );
    // --prometheus-url and --prometheus-authorization both begin so.
    const ambiguous = await mlops(["canary-deploy", "--prometheus", "x"], ".");
    expect(ambiguous.stderr).toMatch(
      /^mlops canary-deploy: unknown flag '--prometheus' for canary-deploy\. Valid flags:/,
    );
  });

  it("suggests the action a misspelled one meant, as it does for flags", async () => {
    const { code, stderr } = await mlops(["validat-data", "--data", "d.csv"], ".");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^mlops: unknown command 'validat-data'\. Did you mean validate-data\? Actions: .*drift-check/,
    );
  });

  it("lists the commands that are not actions too, and suggests one of them", async () => {
    const unknown = await mlops(["frobnicate"], ".");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      "mlops: unknown command 'frobnicate'. Actions: canary-deploy, drift-check, eval-gate, promote, train-run, validate-data; commands: registry, contract (mlops --help)\n",
    );
    const misspelt = await mlops(["registri", "show"], ".");
    expect(misspelt.stderr).toMatch(
      /^mlops: unknown command 'registri'\. Did you mean registry\? /,
    );
  });

  it("refuses a flag a command of several does not take as the actions do, listing the valid ones", async () => {
    const { code, stderr } = await mlops(["registry", "--foo"], ".");
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops registry: unknown flag '--foo' for registry. Valid flags: --registry, --backend, --repo, --stage, --at, --to, --json, --debug, --help\n",
    );
    // After the command, with a value, and short: the flag is named as it was written.
    const misspelt = await mlops(["registry", "show", "churn", "--stag=prod"], ".");
    expect(misspelt.stderr).toMatch(
      /^mlops registry: unknown flag '--stag' for registry\. Did you mean --stage\? Valid flags: --registry,/,
    );
    const short = await mlops(["registry", "show", "-x"], ".");
    expect(short.stderr).toMatch(/^mlops registry: unknown flag '-x' for registry\. Valid flags:/);
    const contract = await mlops(["contract", "infer", "--foo"], ".");
    expect(contract.stderr).toMatch(
      /^mlops contract: unknown flag '--foo' for contract\. Valid flags: --data,/,
    );
  });

  it.each([...Object.keys(manifests), "contract", "contract infer"])(
    "answers mlops %s -h with the help --help prints",
    async (command) => {
      const words = command.split(" ");
      const help = await mlops([...words, "--help"], ".");
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(
        new RegExp(`^mlops ${words[0]}: .*\\n {2}-h, --help +print this help\\n$`, "s"),
      );
      expect(await mlops([...words, "-h"], ".")).toEqual(help);
    },
  );

  it.each([
    ["eval-gate", "--challenger", "nothere.json"],
    ["validate-data", "--data", "--schema", "contract.yml"],
    ["drift-check", "--reference", "reference.csv"],
  ])(
    "answers a refused mlops %s with --json by one JSON object on stdout, its line on stderr",
    async (...args) => {
      const run = await mlops([...args, "--json"], ".");
      expect(run.code).toBe(1);
      const line = run.stderr.slice(`mlops ${args[0]}: `.length, -1);
      expect(line).toMatch(/^(input|flag) '/);
      expect(run.stdout).toBe(`${JSON.stringify({ outcome: "refused", error: line })}\n`);
      // Without --json, stdout stays empty.
      expect(await mlops(args, ".")).toMatchObject({ code: 1, stdout: "", stderr: run.stderr });
    },
  );

  it("answers a failure of the run before its first effect by refused, and after it by error", async () => {
    // The inputs are read and checked; the run then reads the policy and finds it broken,
    // before it writes anything.
    const { dir, write } = tempDir();
    write("challenger.json", JSON.stringify({ metrics: { accuracy: 0.9 } }));
    write("policy.yml", "metrics: [accuracy\n");
    const args = ["eval-gate", "--challenger", "challenger.json", "--policy", "policy.yml"];
    const run = await mlops([...args, "--json"], dir);
    expect(run.code).toBe(1);
    const line = run.stderr.slice("mlops eval-gate: ".length, -1);
    expect(line).toMatch(/^policy\.yml:1: /);
    expect(run.stdout).toBe(`${JSON.stringify({ outcome: "refused", error: line })}\n`);
    expect(await mlops(args, dir)).toMatchObject({ code: 1, stdout: "", stderr: run.stderr });
    expect(existsSync(join(dir, "mlops-out"))).toBe(false);
  });

  it("answers promote's refusal by the registry's rules by refused, and a failed push by error", async () => {
    const { dir, write } = tempDir();
    git(dir, "init", "-q");
    write("model.onnx", "weights");
    write(".mlops/registry.yml", "stages:\n  - name: prod\n    evidence: true\n");
    git(dir, "add", ".mlops");
    git(dir, "commit", "-q", "-m", "Registry policy");
    const promote = [
      "promote",
      "--model",
      "churn",
      "--version",
      "v1.0.0",
      "--assets",
      "model.onnx",
    ];
    // The stage's rule is checked before the version's files are stored or its tag made.
    const refused = await mlops([...promote, "--stage", "prod", "--json"], dir);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ outcome: "refused" });
    expect(git(dir, "for-each-ref").trim().split("\n")).toHaveLength(1);
    // A remote that rejects the push learns of it after the tag was made here.
    const remote = join(tempDir().dir, "remote.git");
    git(dir, "init", "-q", "--bare", remote);
    writeFileSync(join(remote, "hooks", "pre-receive"), "#!/bin/sh\nexit 1\n", { mode: 0o755 });
    git(dir, "remote", "add", "origin", remote);
    const failed = await mlops([...promote, "--json"], dir);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      outcome: "error",
      error: expect.stringMatching(/^git push failed: the remote 'origin' refused /),
    });
  });

  it("answers a refused mlops registry command with --json alike", async () => {
    const run = await mlops(["registry", "show", "churn", "--backend", "svn", "--json"], ".");
    expect(run.code).toBe(1);
    const line = "--backend 'svn' is not one of auto, git, github";
    expect(run.stderr).toContain(`mlops registry: ${line}`);
    expect(JSON.parse(run.stdout)).toEqual({
      outcome: "refused",
      error: expect.stringContaining(line),
    });
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
  });

  it.each(["contract", "registry"])(
    "prints mlops %s's help to stderr with exit 1 when given no command, as mlops alone does",
    async (command) => {
      const bare = await mlops([command], ".");
      expect(bare).toMatchObject({ code: 1, stdout: "" });
      expect(bare.stderr).toBe((await mlops([command, "--help"], ".")).stdout);
    },
  );
});

describe("an input looked at before the action loads", () => {
  it("is read as parseArgs reads it, and only where given once with a value", () => {
    expect(peekInput(["--data", "big.csv", "--schema", "c.yml"], "data")).toBe("big.csv");
    expect(peekInput(["--schema", "c.yml", "--data=big.csv"], "data")).toBe("big.csv");
    expect(peekInput(["--data", "--schema", "c.yml"], "data")).toBeUndefined();
    expect(peekInput(["--data", "a.csv", "--data", "b.csv"], "data")).toBeUndefined();
    expect(peekInput(["--database", "x", "--data-path", "y"], "data")).toBeUndefined();
    expect(peekInput(["--schema", "c.yml"], "data")).toBeUndefined();
  });
});
