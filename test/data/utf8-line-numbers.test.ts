import { describe, expect, test } from "vitest";
import { readColumns } from "@mlops/shared";
import { failure } from "./read-helpers.js";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();

/** latin1's é: a byte that is no UTF-8 character on its own. */
const LATIN1_E = Buffer.from([0xe9]);

/** The 1-based line of `bytes[offset]` as `grep -n` counts lines: by LF alone. */
const grepLine = (bytes: Buffer, offset: number) =>
  bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;

describe("invalid UTF-8 is refused at the line the reader and grep -n give", () => {
  // Long enough, with the padding, that the bad byte is in a later read than the first row end.
  test.each([
    ["LF", "\n", 0],
    ["CRLF", "\r\n", 0],
    ["LF, past the first read", "\n", 300_000],
  ])(
    "after a quoted field holding a lone CR, in a file whose rows end in %s",
    async (_, end, padding) => {
      const before = `id,note${end}${`0,pad${end}`.repeat(padding)}1,"pasted\rfrom an old Mac"${end}2,ok${end}3,caf`;
      const bytes = Buffer.concat([Buffer.from(before), LATIN1_E, Buffer.from(end)]);
      const file = write("pasted-cr.csv", bytes);
      const error = await failure(readColumns(file));
      expect(error.problem).toBe("the byte 0xE9 (character 6 of this line) is not valid UTF-8");
      expect(error.lineNumber).toBe(grepLine(bytes, before.length));
      expect(error.lineNumber).toBe(padding + 4);
    },
  );

  test("in a file whose rows end in lone CRs, where a CR in a quoted field is a line too", async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,note\r1,"two\rlines"\r2,ok\r3,caf'),
      LATIN1_E,
      Buffer.from("\r"),
    ]);
    const error = await failure(readColumns(write("mac.csv", bytes)));
    expect(error.lineNumber).toBe(5);
  });

  test("in JSON Lines, after a lone CR that is whitespace between a key and its value", async () => {
    const before = '{"note": "a"}\n{"note":\r"b"}\n{"note": "c"}\n{"note": "caf';
    const bytes = Buffer.concat([Buffer.from(before), LATIN1_E, Buffer.from('"}\n')]);
    const error = await failure(readColumns(write("pasted-cr.jsonl", bytes)));
    expect(error.problem).toBe("the byte 0xE9 (character 14 of this line) is not valid UTF-8");
    expect(error.lineNumber).toBe(grepLine(bytes, before.length));
    expect(error.lineNumber).toBe(4);
  });
});
