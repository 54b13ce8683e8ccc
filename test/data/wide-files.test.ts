import { describe, expect, test } from "vitest";
import { readBatches, readColumns } from "@mlops/shared";
import { failure } from "./read-helpers.js";
import { collect, scratchFolder } from "./temp-files.js";

// A data file may have at most 20,000 columns. A wider one, a few MB of commas or keys, is
// refused where its columns are named, before a builder is made for each of them.

const write = scratchFolder();
const LIMIT = 20_000;
const FIX =
  "Keep at most 20,000 columns in the file (those the model uses), or split the table into narrower files checked one by one";

const names = (count: number, prefix = "c") =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe("CSV", () => {
  test("a header of more fields than the limit is refused at its line, with the count and the fix", async () => {
    const file = write("wide.csv", `${names(LIMIT + 1).join(",")}\n${"1,".repeat(LIMIT)}1\n`);
    const error = await failure(readColumns(file));
    expect(error.file).toBe(file);
    expect(error.lineNumber).toBe(1);
    expect(error.problem).toBe(
      "the row starting here has 20,001 fields, more than the 20,000 columns a data file may have",
    );
    expect(error.fix).toBe(FIX);
  });

  test("a header of a million empty fields is counted whole, and refused", async () => {
    const file = write("million.csv", `${",".repeat(999_999)}\n`);
    const error = await failure(readColumns(file));
    expect(error.problem).toMatch(/^the row starting here has 1,000,000 fields, more than/);
  });

  test("a file without a header is refused at its first row", async () => {
    const file = write("headerless.csv", `x,${"1,".repeat(LIMIT)}1\n`);
    const error = await failure(readColumns(file, { header: false }));
    expect(error.lineNumber).toBe(1);
    expect(error.problem).toMatch(/^the row starting here has 20,002 fields/);
  });

  test("a row far wider than its header is refused as a ragged row, at its own line", async () => {
    const file = write("wide-row.csv", `a,b\n1,2\n${"3,".repeat(LIMIT + 5)}3\n`);
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(3);
    expect(error.problem).toBe(
      "the row starting here has 20,006 fields, more than a row may have (20,000)",
    );
    expect(error.fix).toBe(
      "Give every row as many fields as the header, quoting fields that contain the delimiter",
    );
  });

  test("a file of exactly as many columns as the limit is read", async () => {
    const header = names(LIMIT);
    const file = write("at-limit.csv", `${header.join(",")}\n${"1,".repeat(LIMIT - 1)}1\n`);
    const [batch] = await collect(readBatches(file));
    expect(batch!.names).toEqual(header);
    expect(batch!.length).toBe(1);
  });
});

describe("JSON Lines", () => {
  const object = (keys: readonly string[]) =>
    JSON.stringify(Object.fromEntries(keys.map((key) => [key, 1])));

  test("an object of more keys than the limit is refused at its line, with the count and the fix", async () => {
    const file = write("wide.jsonl", `{"a":1}\n${object(names(LIMIT + 1))}\n`);
    const error = await failure(readColumns(file));
    expect(error.file).toBe(file);
    expect(error.lineNumber).toBe(2);
    expect(error.problem).toBe(
      "the object on this line has 20,001 keys, more than the 20,000 columns a data file may have",
    );
    expect(error.fix).toBe(FIX);
  });

  test("objects whose keys make more columns than the limit between them are refused at the line that passes it", async () => {
    const half = LIMIT / 2;
    const lines = [object(names(half, "a")), object(names(half, "b")), object(["c"])];
    const file = write("keys-between.jsonl", `${lines.join("\n")}\n`);
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(3);
    expect(error.problem).toBe(
      "the objects up to this line have 20,001 distinct keys between them, more than the 20,000 columns a data file may have",
    );
  });
});
