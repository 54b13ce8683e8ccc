import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { readColumns } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";
import { column, failure } from "./read-helpers.js";

const write = scratchFolder();

// Rows shorter and longer than the 64 KiB kept in front of each read for the row carried over,
// about 15 MiB in all: many reads of 1 MiB. The first row is longer than several reads, so that
// it is carried over into larger buffers until it is whole.
const LENGTHS = [100_000, 1, 150_000, 65_536, 65_535, 70_000];
const notes = [
  "a".repeat(4_000_000),
  "b".repeat(300_000),
  ...Array.from({ length: 100 }, (_, i) =>
    String.fromCharCode(99 + (i % 24)).repeat(LENGTHS[i % LENGTHS.length]!),
  ),
];
const csv = `id,note\n${notes.map((note, i) => `${i},${note}\n`).join("")}`;
const jsonl = notes.map((note, i) => `{"id": ${i}, "note": "${note}"}\n`).join("");

describe("reading the next bytes while the last are parsed", () => {
  test.each([
    ["rows.csv", csv],
    ["rows.csv.gz", gzipSync(csv)],
    ["rows.jsonl", jsonl],
    ["rows.jsonl.gz", gzipSync(jsonl)],
  ])("carries rows of any length across reads whole, in %s", async (name, content) => {
    const table = await readColumns(write(name, content), { maxLineBytes: 1 << 23 });
    expect(column(table, "id")).toEqual(notes.map((_, i) => i));
    expect(column(table, "note")).toEqual(notes);
  });

  test("closes a file that fails while its next bytes are in flight, and the next file reads whole", async () => {
    const broken = write("broken.csv", `id,note\n1,"never closed\n${csv.slice(8)}`);
    const error = await failure(readColumns(broken, { maxLineBytes: 1 << 16 }));
    expect(error.lineNumber).toBe(2);
    const whole = await readColumns(write("whole.csv", csv), { maxLineBytes: 1 << 23 });
    expect(whole.rowCount).toBe(notes.length);
  });
});
