import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { readColumns } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";
import { failure } from "./read-helpers.js";

const write = scratchFolder();

const MAX = 1000;
const long = "x".repeat(MAX + 1);

describe("a line longer than maxLineBytes", () => {
  test("stops a CSV read with the file and the line it starts on", async () => {
    const file = write("long.csv", `id,note\n1,short\n2,${long}\n3,short\n`);
    const error = await failure(readColumns(file, { maxLineBytes: MAX }));
    expect(error.file).toBe(file);
    expect(error.lineNumber).toBe(3);
    expect(error.problem).toBe(
      "the line starting here is longer than 1000 bytes, the most a line may hold",
    );
  });

  test("counts a quoted field over several lines as one row, as long as it runs unclosed", async () => {
    const unclosed = `id,note\n1,"opens\n${"y\n".repeat(MAX)}`;
    const error = await failure(readColumns(write("quote.csv", unclosed), { maxLineBytes: MAX }));
    expect(error.lineNumber).toBe(2);
    expect(error.fix).toContain("a quote that never closes");
  });

  test("is refused in a file far longer than one read, before it is held whole", async () => {
    const file = write("huge.csv", `id,note\n1,${"z".repeat(9 << 20)}\n`);
    const error = await failure(readColumns(file, { maxLineBytes: 1 << 20 }));
    expect(error.problem).toContain("longer than 1 MiB");
    expect(error.lineNumber).toBe(2);
  });

  test("stops a JSON Lines read the same way, complete line or not", async () => {
    const inside = write("long.jsonl", `{"a": 1}\n{"a": "${long}"}\n{"a": 2}\n`);
    expect((await failure(readColumns(inside, { maxLineBytes: MAX }))).lineNumber).toBe(2);
    const last = write("last.jsonl", `{"a": 1}\n{"a": "${long}"}`);
    expect((await failure(readColumns(last, { maxLineBytes: MAX }))).lineNumber).toBe(2);
  });

  test("leaves lines up to the bound alone", async () => {
    const file = write("fits.csv", `id,note\n1,${"x".repeat(MAX - 5)}\n`);
    expect((await readColumns(file, { maxLineBytes: MAX })).rowCount).toBe(1);
  });

  test.each(["\n", "\r\n"])(
    "bounds rows read after the types are known as it bounds the first (line end %j)",
    async (end) => {
      const row = (length: number) => `2,${"x".repeat(length - 2 - end.length)}${end}`;
      const fits = write("edge-fits.csv", `id,note${end}1,a${end}${row(MAX)}${row(MAX)}`);
      expect((await readColumns(fits, { maxLineBytes: MAX, inferRows: 1 })).rowCount).toBe(3);
      const over = write("edge-over.csv", `id,note${end}1,a${end}${row(MAX)}${row(MAX + 1)}`);
      const error = await failure(readColumns(over, { maxLineBytes: MAX, inferRows: 1 }));
      expect(error.lineNumber).toBe(4);
      expect(error.problem).toContain("longer than 1000 bytes");
    },
  );

  // gunzip hands out 16 KiB at a time; rescanning the held part of the line after each of those
  // took minutes for a line this long, past the test's timeout. Read whole, it takes a second.
  test.each([
    ["CSV", "long.csv.gz", "id,note\n1,"],
    ["JSON Lines", "long.jsonl.gz", '{"id": 1}\n{"note": "'],
  ])(
    "is refused as soon in a gzip-compressed %s file, whose reads are small",
    async (_, name, head) => {
      const line = Buffer.alloc(65 * 2 ** 20, "x");
      const file = write(name, gzipSync(Buffer.concat([Buffer.from(head), line])));
      const error = await failure(readColumns(file));
      expect(error.problem).toContain("longer than 64 MiB");
      expect(error.lineNumber).toBe(2);
    },
  );
});
