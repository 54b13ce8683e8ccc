import { describe, expect, it } from "vitest";
import { placeJsonError, readMetrics, readStructured } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { tempDir } from "../helpers/temp-dir.js";

/** JSON.parse's message for `text` on the Node running the tests. */
function v8Message(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} parses`);
}

const readJson = (name: string, text: string) => readStructured(tempDir().write(name, text), name);

describe("a JSON file that does not parse is refused at its line and the character on it", () => {
  it("a contract missing a comma at the end of line 2 is refused at line 3, where the next key stands", () => {
    const contract =
      '{\n  "fields": [{"name": "id", "type": "integer"}]\n  "rows": {"min": 1}\n}\n';
    expect(failureLine(() => readJson("contract.json", contract))).toBe(
      "contract.json:3: is not valid JSON: Expected ',' or '}' after property value at line 3, character 3",
    );
  });

  it("counts a lone CR, as old Mac editors end lines, as a line break, and CR LF as one, not two", () => {
    const contract =
      '{\n  "fields": [{"name": "id", "type": "integer"}]\n  "rows": {"min": 1}\n}\n';
    for (const ends of ["\r", "\r\n"]) {
      expect(failureLine(() => readJson("contract.json", contract.replaceAll("\n", ends)))).toBe(
        "contract.json:3: is not valid JSON: Expected ',' or '}' after property value at line 3, character 3",
      );
    }
  });

  it("counts a character as an editor's cursor does: an emoji before the error is one, not V8's two", () => {
    const text = '{\n  "note": "😀😀", "n": 1 2\n}\n';
    // 25 UTF-16 units stand before the "2" on its line, of 23 characters.
    expect(text.indexOf(" 2\n") - text.indexOf("\n")).toBe(25);
    expect(failureLine(() => readJson("m.json", text))).toBe(
      "m.json:2: is not valid JSON: Expected ',' or '}' after property value at line 2, character 24",
    );
  });

  it("shows an unexpected emoji whole, where V8 names only the first half of it", () => {
    const text = '{\n  "😀": 1,\n  "b": 😀\n}\n';
    expect(v8Message(text)).toMatch(/^Unexpected token '\ud83d', /);
    expect(failureLine(() => readJson("m.json", text))).toBe(
      "m.json:3: is not valid JSON: Unexpected token '😀' at line 3, character 8",
    );
  });

  it("never quotes the text around an unexpected token, which may hold a secret", () => {
    const text = '{\n  "api_key": ["s3cr3t", NaN]\n}\n';
    // V8 quotes the 10 characters on each side of the token.
    expect(v8Message(text)).toContain('"s3cr3t", NaN');
    const told = failureLine(() => readJson("m.json", text));
    expect(told).toMatch(
      /^m\.json:2: is not valid JSON: Unexpected token 'N' at line 2, character 25\. JSON has no NaN/,
    );
    expect(told).not.toContain("s3cr3t");
  });

  it("names by its code point a character that quotes would show as nothing: a zero-width space", () => {
    expect(failureLine(() => readJson("m.json", '{\n  "a":\u200B 1}\n'))).toMatch(
      /^m\.json:2: is not valid JSON: Unexpected token U\+200B at line 2, character 7$/,
    );
  });

  it("keeps V8's words where it gives no place: a file cut off after a key", () => {
    expect(failureLine(() => readJson("m.json", '{\n  "a":'))).toBe(
      "m.json: is not valid JSON: Unexpected end of JSON input",
    );
  });
});

describe("a line of a line-based file is refused at the character of the line its refusal names", () => {
  it("the metrics log's bad line says the character of this line", () => {
    const log = tempDir().write("log.jsonl", '{"step": 1, "loss": 0.5}\n{"step": 2 "loss": 0.4}\n');
    expect(failureLine(() => readMetrics(log, "log.jsonl"))).toBe(
      "log.jsonl:2: is not valid JSONL: Expected ',' or '}' after property value at character 12 of this line",
    );
  });

  it("counts a carriage return inside the line as a character, not a line's end", () => {
    // Only \n ends a JSON Lines line; a lone \r (an old Mac's line end) is JSON's whitespace.
    const log = tempDir().write("log.jsonl", '{"step": 1}\r{"step": 2}\r\n');
    expect(failureLine(() => readMetrics(log, "log.jsonl"))).toMatch(
      /^log\.jsonl:1: is not valid JSONL: .* at character 13 of this line$/,
    );
  });

  it("counts from the line's start, its indent included", () => {
    const log = tempDir().write("log.jsonl", '{"step": 1}\n    {"step": 2,}\n');
    expect(failureLine(() => readMetrics(log, "log.jsonl"))).toBe(
      "log.jsonl:2: is not valid JSONL: Expected double-quoted property name at character 16 of this line",
    );
  });
});

describe("placeJsonError says the same words whatever Node's V8 wrote", () => {
  const text = '{\n  "a": 1\n  "b": 2\n}';
  const node20 = "Expected ',' or '}' after property value in JSON at position 13";
  // Node 24 adds the line and column of the text it was given (for a JSON Lines line, line 1).
  const node24 = `${node20} (line 3 column 3)`;

  it.each([
    ["Node 20", node20],
    ["Node 24", node24],
  ])("%s's message, in a document and in a line", (_, message) => {
    expect(placeJsonError(text, message, "document")).toBe(
      "Expected ',' or '}' after property value at line 3, character 3",
    );
    expect(placeJsonError('{"a": 1 "b": 2}', message.replace("13", "8"), "line")).toBe(
      "Expected ',' or '}' after property value at character 9 of this line",
    );
  });

  it("and the message of the Node running the tests", () => {
    expect(placeJsonError(text, v8Message(text), "document")).toBe(
      "Expected ',' or '}' after property value at line 3, character 3",
    );
  });

  it("places after the document what follows it, and a string V8 says is unterminated", () => {
    for (const [given, said] of [
      [
        '{"a": 1}\n{"b": 2}',
        "Unexpected non-whitespace character after JSON at line 2, character 1",
      ],
      ['{\n"a": "x', "Unterminated string at line 2, character 8"],
    ] as const) {
      // Whichever Node runs this, both its shapes: without and with V8's line and column.
      const node20 = v8Message(given).replace(/ \(line \d+ column \d+\)$/, "");
      for (const message of [node20, `${node20} (line 1 column 1)`]) {
        expect(placeJsonError(given, message, "document")).toBe(said);
      }
    }
  });

  it("keeps the unexpected token's words without its excerpt, in V8's every excerpt form", () => {
    // Short texts are quoted whole, long ones cut 10 characters from the token, with "...".
    const forms = [
      ['{"x": x}', 7], // whole, with an "x" before the token
      ['{"a": x, "padding": "...."}', 7], // cut after the token
      ['{"padding": "....", "a": x, "padding2": 1}', 26], // cut on both sides
      ['{"padding": "....", "a": x}', 26], // cut before the token
    ] as const;
    for (const [given, character] of forms) {
      const message = v8Message(given);
      expect(message).toMatch(/^Unexpected token 'x', /);
      expect(placeJsonError(given, message, "line")).toBe(
        `Unexpected token 'x' at character ${character} of this line`,
      );
    }
  });

  it("leaves unplaced a token whose excerpt is not of the text given", () => {
    expect(
      placeJsonError('{"a": 1}', `Unexpected token 'x', "{"b": x}" is not valid JSON`, "line"),
    ).toBe("Unexpected token 'x'");
  });
});
