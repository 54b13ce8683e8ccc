import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FileError, readStructured } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

// Random YAML and JSON from a seeded generator: every read gives a document that can say where
// its nodes are, or fails with one FileError naming the file, and never changes the file.

const RUNS = { numRuns: 120, seed: 20_240_601 };
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

function readsOrRefuses(name: string, text: string): void {
  const file = tempDir().write(name, text);
  const before = sha256(file);
  try {
    const document = readStructured(file, name);
    expect(document.lineOf("")).not.toBe(0);
    document.lineOf("/a/0");
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(FileError);
    expect((error as FileError).file).toBe(name);
  }
  expect(sha256(file)).toBe(before);
}

/** Text from the pieces that matter to a YAML parser: indentation, flow, anchors, tags... */
const yamlText = fc
  .array(
    fc.constantFrom(
      ...["a", "1", ":", ": ", " ", "  ", "\n", "- ", "[", "]", "{", "}", ",", "&x ", "*x"],
      ...["!!str ", "!t ", "# c", "'", '"', "|", ">", "? ", "---", "...", "%YAML 1.2\n"],
      ...["\t", "<<", "\\", "é", ".inf", "~", "null", "0x1F", "-.5", "\r\n"],
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(""));

/** JSON objects whose keys come from a small set, so that some repeat; and deep nesting. */
const jsonText = fc.oneof(
  fc
    .array(
      fc.tuple(fc.constantFrom("a", "b", "\\u0061", "__proto__"), fc.jsonValue({ maxDepth: 2 })),
      {
        maxLength: 5,
      },
    )
    .map((entries) => `{${entries.map(([k, v]) => `"${k}":\n${JSON.stringify(v)}`).join(",")}}`),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value, null, 2)),
  fc.nat({ max: 6000 }).map((n) => `${'{"a": ['.repeat(n)}1${"]}".repeat(n)}`),
);

/** Any code points, control characters and lone surrogates included. */
const anyCharacters = fc
  .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 })
  .map((points) => String.fromCodePoint(...points));

describe("hostile documents", () => {
  test("YAML: any arrangement of its syntax", () => {
    fc.assert(
      fc.property(yamlText, (text) => readsOrRefuses("doc.yml", text)),
      RUNS,
    );
  });

  test("JSON: repeated keys, deep nesting, and YAML given a .json name", () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, yamlText), (text) => readsOrRefuses("doc.json", text)),
      RUNS,
    );
  });

  test("any characters at all, as YAML and as JSON", () => {
    fc.assert(
      fc.property(anyCharacters, fc.boolean(), (text, json) =>
        readsOrRefuses(json ? "doc.json" : "doc.yml", text),
      ),
      RUNS,
    );
  });
});
