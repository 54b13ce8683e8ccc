import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const PARAMS = "lr: 0.1\nepochs: 3\n";

/** train-run of `true` in a folder holding params.yml, with the flags given. */
async function trainWith(args: string[], files: Record<string, string> = { "params.yml": PARAMS }) {
  const { dir, write } = tempDir();
  for (const [name, text] of Object.entries(files)) write(name, text);
  const run = await mlops(["train-run", "--command", "true", ...args], dir);
  return { dir, ...run };
}

describe("train-run's params input", () => {
  it("refuses a record written over the params file it reads, before the command runs", async () => {
    const { dir, code, stderr } = await trainWith([
      "--params",
      "params.yml",
      "--record-path",
      "params.yml",
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops train-run: input 'record-path': would overwrite the file of input 'params' ('params.yml'). Write the output somewhere else\n",
    );
    expect(readFileSync(join(dir, "params.yml"), "utf8")).toBe(PARAMS);
  });

  it("names a params file that does not exist, and what an inline mapping looks like", async () => {
    const { dir, code, stderr } = await trainWith(["--params", "conf/params.yaml"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops train-run: input 'params': file 'conf/params.yaml' does not exist. Check the path (a relative one starts from the working directory), or write them inline as {lr: 0.1, epochs: 10}\n",
    );
    expect(existsSync(join(dir, "mlops-out"))).toBe(false);
  });

  it("says where inline params stop being YAML or JSON, and how to fix them", async () => {
    const { dir, code, stderr } = await trainWith(["--params", '{"lr": 0.1,']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops train-run: input 'params': is not valid YAML or JSON: unexpected end of the stream within a flow collection. Check its brackets, quotes and commas there; on a command line, quote the whole value as one argument\n",
    );
    expect(existsSync(join(dir, "mlops-out"))).toBe(false);
    const lines = await trainWith(["--params", "lr: 0.1\nlayers: [64, 32\nepochs: 3\n"]);
    expect(lines.stderr).toMatch(
      /^mlops train-run: input 'params': is not valid YAML or JSON: .* \(line 3\)\. Check/,
    );
    const documents = await trainWith(["--params", "lr: 0.1\n---\nlr: 0.2\n"]);
    expect(documents.stderr).toBe(
      "mlops train-run: input 'params': is not valid YAML or JSON: expected a single document in the stream, but found more. Check its brackets, quotes and commas there; on a command line, quote the whole value as one argument\n",
    );
  });

  it("says of a YAML tag in a command's items that it is left unread, and how to write the item", async () => {
    const tagged = await mlops(["train-run", "--command", "[echo, !!int 5]"], tempDir().dir);
    expect(tagged.code).toBe(1);
    expect(tagged.stderr).toBe(
      "mlops train-run: input 'command': is not valid YAML or JSON: unknown tag !<tag:yaml.org,2002:int>. Leave the tag (!!name) out, or quote the value that holds it; on a command line, quote the whole value as one argument\n",
    );
  });

  it("refuses inline params whose aliases multiply them, as it refuses such a file", async () => {
    // Ten aliases a level, seven levels: 10 million values from about 400 bytes.
    const levels = Array.from(
      { length: 6 },
      (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(", ")}]`,
    );
    const bomb = [`l0: &l0 [${Array(10).fill("lol").join(", ")}]`, ...levels].join("\n");
    const fix = "Write the values out: an alias may repeat a value, not multiply it";
    const inline = await trainWith(["--params", bomb]);
    expect(inline.code).toBe(1);
    expect(inline.stderr).toBe(
      `mlops train-run: input 'params': is not valid YAML or JSON: excessive alias count indicates a resource exhaustion attack. ${fix}; on a command line, quote the whole value as one argument\n`,
    );
    expect(existsSync(join(inline.dir, "mlops-out"))).toBe(false);
    const file = await trainWith(["--params", "bomb.yml"], { "bomb.yml": bomb });
    expect(file.stderr).toContain("excessive alias count indicates a resource exhaustion attack");
    // An alias that repeats a value is fine.
    const repeated = await trainWith(["--params", "base: &b {lr: 0.1}\nrun: *b\n"]);
    expect(repeated.code).toBe(0);
  });

  it("refuses a folder given as the params file", async () => {
    const { stderr } = await trainWith(["--params", "conf"], { "conf/a.yml": PARAMS });
    expect(stderr).toMatch(/input 'params': 'conf' is not a file\. /);
  });

  it("records params read from a file or written inline alike", async () => {
    for (const given of ["params.yml", "{lr: 0.1, epochs: 3}"]) {
      const { dir, code } = await trainWith(["--params", given]);
      expect(code).toBe(0);
      const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
      expect(record.params).toEqual({ lr: 0.1, epochs: 3 });
    }
  });

  it("refuses a YAML 1.1 merge key at its line, which PyYAML would merge and YAML 1.2 keeps as a key", async () => {
    const text = "base: &b\n  lr: 0.1\nrun:\n  <<: *b\n  lr: 0.2\n";
    const { code, stderr } = await trainWith(["--params", "params.yml"], { "params.yml": text });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops train-run: params.yml:4: '<<' is a YAML 1.1 merge key, which YAML 1.2 reads as a key named <<. Write the merged keys out in full\n",
    );
  });

  it("refuses an integer a number cannot hold exactly, at its line, and keeps one written as a float", async () => {
    const text = "lr: 0.1\nseed: 12345678901234567890\n";
    const big = await trainWith(["--params", "params.yml"], { "params.yml": text });
    expect(big.code).toBe(1);
    expect(big.stderr).toBe(
      "mlops train-run: params.yml:2: param 'seed' is 12345678901234567890, more than the 2^53 up to which an integer stays exact (it would be 12345678901234567000). Quote it as a string, as seed: \"12345678901234567890\"\n",
    );
    const inline = await trainWith(["--params", "{run: {seed: 12345678901234567890}}"]);
    expect(inline.stderr).toMatch(
      /input 'params': param 'run\.seed' is 12345678901234567890, more than/,
    );
    // Each param answers for its own literal: not for a number in a string, nor another's.
    const oneLine = await trainWith([
      "--params",
      '{scale: 1e20, note: "ticket 99999999999999999999", seed: 12345678901234567890}',
    ]);
    expect(oneLine.stderr).toMatch(/input 'params': param 'seed' is 12345678901234567890, more/);
    const quotedOnly = await trainWith(["--params", '{scale: 1e20, note: "99999999999999999999"}']);
    expect(quotedOnly.code).toBe(0);
    const fine = await trainWith(["--params", "params.yml"], {
      "params.yml": 'scale: 1e20\nseed: "12345678901234567890"\nsafe: 9007199254740991\n',
    });
    expect(fine.code).toBe(0);
    const record = JSON.parse(readFileSync(join(fine.dir, "mlops-out/run-record.json"), "utf8"));
    expect(record.params).toEqual({
      scale: 1e20,
      seed: "12345678901234567890",
      safe: 9007199254740991,
    });
  });
});

describe("train-run's command as a YAML or JSON array", () => {
  it("passes each item to the program as written, never as the number YAML makes of it", async () => {
    const { dir } = tempDir();
    const args = ["1.10", "0o17", "0x10", "1e-3", "+1", "true", "~"];
    const command = `[sh, -c, 'printf "%s\\n" "$@" > args.txt', sh, ${args.join(", ")}]`;
    const run = await mlops(["train-run", "--command", command], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "args.txt"), "utf8")).toBe(`${args.join("\n")}\n`);
    const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
    expect(record.command.argv.slice(3)).toEqual(["sh", ...args]);
  });
});

describe("train-run's --json answer to a refusal", () => {
  it("is refused for inputs the run refuses before the command starts, nothing written", async () => {
    const { dir } = tempDir();
    const command = ["train-run", "--command", '["touch", "marker"]', "--json"];
    const inside = await mlops(
      [...command, "--trained-model", "model", "--record-path", "model/r.json"],
      dir,
    );
    expect(inside.code).toBe(1);
    expect(JSON.parse(inside.stdout)).toMatchObject({ outcome: "refused" });
    expect(JSON.parse(inside.stdout).error).toMatch(/^input 'record-path': /);
    expect(existsSync(join(dir, "marker"))).toBe(false);
    expect(existsSync(join(dir, "mlops-out"))).toBe(false);
  });
});

describe("train-run's timeout, a duration as Prometheus and Go write them", () => {
  it.each([
    ["90", 90],
    ["1m30s", 90],
    ["1h30m", 5400],
    ["1.5h", 5400],
    ["250ms", 0.25],
  ])("reads %s as %d seconds", async (timeout, seconds) => {
    const { dir, code } = await trainWith(["--timeout", timeout]);
    expect(code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
    expect(record.timeout_s).toBeCloseTo(seconds, 9);
  });

  it.each(["soon", "30s5", "m", "1x", "-5s", "1h 30m"])(
    "refuses %s, saying how one is written",
    async (timeout) => {
      const { code, stderr } = await trainWith(["--timeout", timeout]);
      expect(code).toBe(1);
      expect(stderr).toBe(
        `mlops train-run: input 'timeout': '${timeout}' is not a duration. Write 90s, 1m30s, 30m or 2h\n`,
      );
    },
  );
});
