import { describe, expect, test } from "vitest";
import { cellValue, readColumns } from "@mlops/shared";
import { parquetOf, type ParquetColumnSpec } from "../helpers/parquet-writer.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { validate } from "../validate-data/validate.js";
import { scratchFolder } from "./temp-files.js";

// Bytes without a string type (BYTE_ARRAY without UTF8/STRING/ENUM/JSON, or FIXED_LEN_BYTE_ARRAY
// without any type) may be text, as Hive and Impala wrote strings, or no text at all: a hash, a
// binary UUID, an image. Text reads as text; other bytes as `\x` and their hex, as PostgreSQL
// prints a bytea, so that bytes that differ never read as one value.
const write = scratchFolder();

const bytes = (...values: number[]) => Uint8Array.from(values);

/** The cells of the only column of a file of `column`, as read. */
async function cellsOf(name: string, column: ParquetColumnSpec): Promise<unknown[]> {
  const table = await readColumns(write(name, parquetOf({ columns: [column] })));
  const read = table.columns.get(column.name)!;
  return Array.from({ length: table.rowCount }, (_, row) => cellValue(read, row));
}

/**
 * `count` pairs of 16-byte ids, each id's twin the same but for its first byte, 0xff in one and
 * 0xfe in the other: neither byte begins a UTF-8 character, so that read with U+FFFD in their
 * place the two would be one value.
 */
function twinIds(count: number): Uint8Array[] {
  const random = seededRandom(57);
  return Array.from({ length: count }, () => {
    const id = Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256));
    return [Uint8Array.from([0xff, ...id.subarray(1)]), Uint8Array.from([0xfe, ...id.subarray(1)])];
  }).flat();
}

describe("Parquet bytes without a string type read as their text, or as their hex", () => {
  test("bytes that are not UTF-8 read as \\x and the lowercase hex of all their bytes, each apart", async () => {
    const values = [bytes(0xfe), bytes(0xff), bytes(0x61, 0xc0), bytes(0x00, 0xff, 0x0a), null];
    const expected = ["\\xfe", "\\xff", "\\x61c0", "\\x00ff0a", null];
    for (const dictionary of [false, true]) {
      const column = { name: "h", type: "BYTE_ARRAY", values, dictionary } as const;
      expect(
        await cellsOf(`hex-${dictionary}.parquet`, column),
        `dictionary ${dictionary}`,
      ).toEqual(expected);
    }
  });

  test("bytes that are UTF-8 read as their text, as older writers wrote strings", async () => {
    // U+FFFD written as text is text too; a byte order mark is kept, not dropped, so that
    // "\uFEFFa" and "a" stay two values.
    const words = ["lyon", "café", "東京", "🙂", "a\uFFFDb", "\uFEFFa", "a"];
    const column = { name: "city", type: "BYTE_ARRAY", values: words } as const;
    expect(await cellsOf("text.parquet", column)).toEqual(words);
  });

  test("a text that starts as the hex form does reads as hex, so that it meets no bytes' form", async () => {
    const values = ["\\xff", bytes(0xff), "\\x", "x\\xff"];
    const column = { name: "v", type: "BYTE_ARRAY", values } as const;
    expect(await cellsOf("hex-like.parquet", column)).toEqual([
      "\\x5c786666",
      "\\xff",
      "\\x5c78",
      "x\\xff",
    ]);
  });

  test("a column of text and bytes holds each as its kind", async () => {
    const values = ["ok", bytes(0x89, 0x50, 0x4e, 0x47), "€5"];
    const column = { name: "v", type: "BYTE_ARRAY", values } as const;
    expect(await cellsOf("mixed.parquet", column)).toEqual(["ok", "\\x89504e47", "€5"]);
  });

  test("fixed-length bytes without a type (binary UUIDs) keep every id distinct", async () => {
    const ids = twinIds(500);
    const column = { name: "id", type: "FIXED_LEN_BYTE_ARRAY", typeLength: 16, values: ids };
    const cells = await cellsOf("ids.parquet", column as ParquetColumnSpec);
    expect(new Set(cells).size).toBe(1_000);
    expect(cells[0]).toBe(`\\x${Buffer.from(ids[0]!).toString("hex")}`);
  });

  test("validate-data's unique passes on them, where each read as U+FFFD would be a duplicate", async () => {
    const ids = twinIds(500);
    const file = parquetOf({
      columns: [{ name: "id", type: "FIXED_LEN_BYTE_ARRAY", typeLength: 16, values: ids }],
    });
    const run = await validate(
      {
        "ids.parquet": file,
        "c.yml": "fields:\n  - name: id\n    constraints: { unique: true }\n",
      },
      { data: "ids.parquet", schema: "c.yml" },
    );
    expect(run.check("id.unique")).toMatchObject({ status: "pass", evaluated: 1_000, failed: 0 });
    expect(run.code).toBe(0);
  });

  test("in a struct's field and in a list, each value reads so", async () => {
    const struct = await cellsOf("struct.parquet", {
      name: "file",
      fields: [
        { name: "digest", type: "BYTE_ARRAY" },
        { name: "path", type: "BYTE_ARRAY", logical: "STRING" },
      ],
      values: [
        { digest: bytes(0xff, 0x00), path: "a.png" },
        { digest: bytes(0xfe, 0x00), path: "b.png" },
        { digest: "plain", path: "c.png" },
        null,
      ],
    });
    expect(struct).toEqual([
      JSON.stringify({ digest: "\\xff00", path: "a.png" }),
      JSON.stringify({ digest: "\\xfe00", path: "b.png" }),
      JSON.stringify({ digest: "plain", path: "c.png" }),
      null,
    ]);
    const list = await cellsOf("list.parquet", {
      name: "chunks",
      type: "BYTE_ARRAY",
      list: true,
      values: [[bytes(0xfe), bytes(0xff)], ["ok"], null],
    });
    expect(list).toEqual([JSON.stringify(["\\xfe", "\\xff"]), JSON.stringify(["ok"]), null]);
  });
});
