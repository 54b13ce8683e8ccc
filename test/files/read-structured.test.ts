import { execFileSync } from "node:child_process";
import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStructured } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { tempDir } from "../helpers/temp-dir.js";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const read = (text: string, name = "c.yml") => readStructured(tempDir().write(name, text), name);

describe("readStructured", () => {
  it("resolves plain scalars by the YAML 1.2 core schema", () => {
    const { value } = read(
      "a: yes\nb: no\nc: on\nd: True\ne: -.5\nf: 0x1F\ng: 0o17\nh: 0b101\ni: 1_000\nj: .inf\nk: ~\nl: 2001-12-14\n",
    );
    expect(value).toEqual({
      a: "yes",
      b: "no",
      c: "on",
      d: true,
      e: -0.5,
      f: 31,
      g: 15,
      h: "0b101",
      i: "1_000",
      j: Number.POSITIVE_INFINITY,
      k: null,
      l: "2001-12-14",
    });
  });

  it("reads an empty document as null and `<<` as a plain key", () => {
    expect(read("# nothing\n").value).toBeNull();
    expect(read("<<: {a: 1}\n").value).toEqual({ "<<": { a: 1 } });
  });

  it("gives the line of the node at a JSON pointer", () => {
    const doc = read('# c\nmetrics:\n  auc:   # c\n    min: 0.9\n  f1:\n  "a/b~c": [1,\n    2]\n');
    expect(doc.lineOf("")).toBe(2);
    expect(doc.lineOf("/metrics")).toBe(3);
    expect(doc.lineOf("/metrics/auc")).toBe(4);
    expect(doc.lineOf("/metrics/auc/min")).toBe(4);
    expect(doc.lineOf("/metrics/f1")).toBe(5);
    expect(doc.lineOf("/metrics/a~1b~0c/1")).toBe(7);
    expect(doc.lineOf("/metrics/missing")).toBeUndefined();
  });

  it("counts CR LF, and a lone CR as old Mac editors end lines, each as one line break, after a comment too", () => {
    const text = '# c\nmetrics:\n  auc:   # c\n    min: 0.9\n  f1:\n  "a/b~c": [1,\n    2]\n';
    for (const [ends, name] of [
      ["\r\n", "crlf.yml"],
      ["\r", "cr.yml"],
    ] as const) {
      const doc = read(text.replaceAll("\n", ends), name);
      expect(doc.value).toEqual({ metrics: { auc: { min: 0.9 }, f1: null, "a/b~c": [1, 2] } });
      expect(doc.lineOf("")).toBe(2);
      expect(doc.lineOf("/metrics/auc/min")).toBe(4);
      expect(doc.lineOf("/metrics/f1")).toBe(5);
      expect(doc.lineOf("/metrics/a~1b~0c/1")).toBe(7);
    }
  });

  it("gives lines in JSON", () => {
    const doc = read('{\n  "a": {\n    "b": [1, 2]\n  },\n  "c": true\n}\n', "m.json");
    expect(doc.lineOf("/a/b/1")).toBe(3);
    expect(doc.lineOf("/c")).toBe(5);
  });

  it("reads a JSON or YAML file saved with a byte order mark, as Windows editors save UTF-8", () => {
    const doc = read('\uFEFF{\n  "a": 1\n}\n', "m.json");
    expect(doc.value).toEqual({ a: 1 });
    expect(doc.lineOf("/a")).toBe(2);
    expect(read("\uFEFFa: 1\n", "m.yml").value).toEqual({ a: 1 });
  });

  it("refuses duplicate keys, also when only their quoting differs", () => {
    expect(failureLine(() => read("a: 1\nb: 2\na: 3\n"))).toMatch(
      /^c\.yml:3: is not valid YAML: duplicated mapping key/,
    );
    expect(failureLine(() => read('1: a\n"1": b\n'))).toMatch(/^c\.yml:2: is not valid YAML/);
  });

  it("names the line of a JSON syntax error where V8 gives only an excerpt of the text", () => {
    const text = '{\n  "name": "run",\n  "f1": 0.5,\n  "acc": tru\n}\n';
    expect(failureLine(() => read(text, "m.json"))).toMatch(
      /^m\.json:4: is not valid JSON: Unexpected token/,
    );
  });

  it("tells how to fix the NaN and Infinity Python's json.dump writes, at their line", () => {
    const fix = (word: string) =>
      `JSON has no ${word}: write null for a value that is not a number, or find where it comes from with json.dump(..., allow_nan=False)`;
    const long = '{\n  "loss": 0.125,\n  "auc": NaN,\n  "f1": 0.5\n}\n';
    expect(failureLine(() => read(long, "m/eval.json"))).toMatch(
      new RegExp(`^m/eval\\.json:3: is not valid JSON: .*\\. ${escape(fix("NaN"))}$`),
    );
    expect(failureLine(() => read('{"auc": NaN}', "m.json"))).toMatch(
      /^m\.json:1: .*JSON has no NaN/,
    );
    expect(failureLine(() => read('{\n  "a": 1,\n  "loss": Infinity\n}', "m.json"))).toMatch(
      /^m\.json:3: .*JSON has no Infinity: write null/,
    );
    expect(failureLine(() => read('{\n  "a": 1,\n  "loss": -Infinity\n}', "m.json"))).toMatch(
      /^m\.json:3: .*JSON has no Infinity: write null/,
    );
  });

  it("refuses a key twice in one JSON object as a JSON error naming the key and its line", () => {
    expect(failureLine(() => read('{\n  "a": 1,\n  "b": {"a": 2},\n  "a": 3\n}\n', "m.json"))).toBe(
      'm.json:4: is not valid JSON: the key "a" appears twice in one object. Keep one of them: JSON readers differ on which one counts',
    );
    // The same key however it is escaped; the same name in separate objects is no duplicate.
    expect(failureLine(() => read('{"k\\u0065y": 1, "key": 2}', "m.json"))).toMatch(
      /^m\.json:1: is not valid JSON: the key "key" appears twice/,
    );
    expect(read('[{"a": "x:", "b": 1}, {"a": "\\"", "b": 2}]', "m.json").value).toHaveLength(2);
  });

  it("places a repeated key and a YAML syntax error on their line whatever ends the lines", () => {
    for (const ends of ["\r\n", "\r"]) {
      const json = '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}\n'.replaceAll("\n", ends);
      expect(failureLine(() => read(json, "m.json"))).toMatch(
        /^m\.json:4: is not valid JSON: the key "a"/,
      );
      const yaml = "a: 1\nb: 2\nc: !custom x\n".replaceAll("\n", ends);
      expect(failureLine(() => read(yaml))).toMatch(/^c\.yml:3: is not valid YAML/);
    }
  });

  it("refuses several documents, unknown tags and an unended flow collection on its line", () => {
    expect(failureLine(() => read("a: 1\n---\nb: 2\n"))).toMatch(/^c\.yml: is not valid YAML/);
    expect(failureLine(() => read("a: !custom x\n"))).toMatch(/^c\.yml:1: is not valid YAML/);
    expect(failureLine(() => read("metrics: ["))).toMatch(/^c\.yml:1: is not valid YAML/);
  });

  it("refuses aliases that expand the document far beyond what it writes", () => {
    const levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`)}]`);
    expect(failureLine(() => read(`${levels.join("\n")}\n`))).toMatch(
      /is not valid YAML: excessive alias count/,
    );
    expect(read("base: &b {x: 1}\nother: *b\n").value).toEqual({ base: { x: 1 }, other: { x: 1 } });
  });

  it("refuses objects and arrays nested deeper than 100 levels at their line, JSON or YAML", () => {
    const flow = (levels: number) => `${'{"a": '.repeat(levels)}1${"}".repeat(levels)}\n`;
    const block = (levels: number) =>
      `${Array.from({ length: levels }, (_, i) => `${" ".repeat(i)}a:`).join("\n")} 1\n`;
    expect(read(flow(100), "m.json").value).toBeTypeOf("object");
    expect(read(flow(100)).value).toBeTypeOf("object");
    expect(read(block(100)).value).toBeTypeOf("object");
    const refused = /^m\.json:1: nests objects and arrays deeper than 100 levels\. Flatten/;
    expect(failureLine(() => read(flow(101), "m.json"))).toMatch(refused);
    expect(failureLine(() => read(flow(5000), "m.json"))).toMatch(refused);
    expect(failureLine(() => read(`${"[".repeat(5000)}${"]".repeat(5000)}`, "m.json"))).toMatch(
      refused,
    );
    expect(failureLine(() => read(block(101)))).toMatch(/^c\.yml:101: nests objects and arrays/);
    expect(failureLine(() => read(block(5000)))).toMatch(/^c\.yml:\d+: nests objects and arrays/);
  });

  it("refuses an alias inside its own anchor however large the document, without recursion", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join("\n");
    expect(failureLine(() => read(`${keys}\nloop: &a [*a]\n`))).toMatch(
      /^c\.yml: is not valid YAML: excessive alias count/,
    );
  });

  it("refuses a missing file and a folder by name", () => {
    const { dir } = tempDir();
    expect(failureLine(() => readStructured(join(dir, "gone.yml"), "gone.yml"))).toBe(
      "gone.yml: no such file. Check the path; a relative path starts from the working directory",
    );
    expect(failureLine(() => readStructured(dir, "policy"))).toBe(
      "policy: is a folder, not a file. Give the path of a file inside it",
    );
  });

  it.skipIf(process.platform === "win32")(
    "refuses a device or a named pipe at once, rather than reading forever or waiting for a writer",
    () => {
      expect(failureLine(() => readStructured("/dev/zero", "policy.yml"))).toMatch(
        /^policy\.yml: is a device, not a regular file\. /,
      );
      const pipe = join(tempDir().dir, "metrics.json");
      execFileSync("mkfifo", [pipe]);
      expect(failureLine(() => readStructured(pipe, "metrics.json"))).toMatch(
        /^metrics\.json: is a named pipe \(FIFO\), not a regular file\. /,
      );
    },
  );

  it("refuses a document too large to hold as text, without reading it", () => {
    const huge = join(tempDir().dir, "profile.json");
    writeFileSync(huge, "");
    truncateSync(huge, 300 * 2 ** 20);
    expect(failureLine(() => readStructured(huge, "profile.json"))).toMatch(
      /^profile\.json: is 300 MiB, more than the 256 MiB a YAML or JSON document may hold\. /,
    );
  });
});
