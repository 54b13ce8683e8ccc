import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { readColumns } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { column, failure } from "./read-helpers.js";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();

/** `text` in Windows-1252 (its characters are all in it), as Excel on Windows saves a CSV. */
const cp1252 = (text: string) =>
  Buffer.from(
    [...text].map((c) => {
      const windows = "€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œžŸ".indexOf(c);
      if (windows === -1) return c.charCodeAt(0);
      return [
        0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x91, 0x92, 0x93,
        0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f,
      ][windows]!;
    }),
  );

describe("text that is not UTF-8 is refused with the conversion that fits it", () => {
  test("Windows-1252 (€ “ ”) is named, where latin1 would turn them into control characters", async () => {
    // The first bad byte (é) is one latin1 has too; the € further on is Windows-1252's alone.
    const file = write("excel.csv", cp1252("id,note\n1,café\n2,“quoted”\n3,5 €\n"));
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(2);
    expect(error.problem).toBe("the byte 0xE9 (character 6 of this line) is not valid UTF-8");
    expect(error.fix).toBe(
      "Save the file as UTF-8 with `iconv -f cp1252 -t utf-8`: it holds the byte 0x93, “ in Windows-1252 (as Excel and Windows tools write), which latin1 would read as an invisible control character",
    );
    const jsonl = write("excel.jsonl", cp1252('{"note": "5 €"}\n'));
    expect((await failure(readColumns(jsonl))).fix).toContain("the byte 0x80, € in Windows-1252");
  });

  test("latin1 without such bytes is advised latin1, or cp1252 for a Windows file", async () => {
    const file = write("latin.csv", Buffer.from("id,city\n1,Zürich\n", "latin1"));
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(2);
    expect(error.fix).toBe(
      "Save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`, or `-f cp1252` for a file from Windows or Excel)",
    );
  });

  test("a byte that continues a UTF-8 character is not taken for Windows-1252's", async () => {
    // € in UTF-8 is E2 82 AC: its 0x82 is no Windows-1252 „. Only the latin1 é is wrong.
    const bytes = Buffer.concat([Buffer.from("a\n5 €\n"), Buffer.from("café\n", "latin1")]);
    const error = await failure(readColumns(write("mixed.csv", bytes)));
    expect(error.lineNumber).toBe(3);
    expect(error.fix).toContain("`iconv -f latin1 -t utf-8`");
  });

  test.each([
    ["little-endian (Excel's Unicode Text)", "utf16le", [0xff, 0xfe], "FF FE"],
    ["big-endian", "utf16be", [0xfe, 0xff], "FE FF"],
  ])("UTF-16 %s is named by its byte order mark", async (_, encoding, mark, shown) => {
    const text = Buffer.from("id\tname\n1\tZoë\n", "utf16le");
    if (encoding === "utf16be") text.swap16();
    for (const name of ["unicode.tsv", "unicode.jsonl", "unicode.csv.gz"]) {
      const bytes = Buffer.concat([Buffer.from(mark), text]);
      const file = write(name, name.endsWith(".gz") ? gzipSync(bytes) : bytes);
      const error = await failure(readColumns(file));
      expect(error.lineNumber).toBe(1);
      expect(error.problem).toBe(
        `the file is UTF-16 text (it starts with the byte order mark ${shown}, as Excel's "Unicode Text" does), not UTF-8`,
      );
      expect(error.fix).toContain("`iconv -f utf-16 -t utf-8`");
    }
  });
});

describe("a file of another format than its name says is refused as that format", () => {
  test("gzip named .csv or .jsonl: add .gz to the name", async () => {
    for (const name of ["export.csv", "events.jsonl"]) {
      const error = await failure(readColumns(write(name, gzipSync("id\n1\n"))));
      expect(error.line).toBe(
        `${error.file}: is gzip-compressed (it starts with the bytes 1F 8B), but its name does not end in .gz. Name it ${name}.gz, so that it is decompressed as it is read`,
      );
      expect(error.lineNumber).toBeUndefined();
    }
  });

  test("Parquet named .csv: name it .parquet; a CSV whose header starts with PAR1 is read", async () => {
    const parquet = readFileSync(`${repoRoot}test/fixtures/parquet/table-snappy.parquet`);
    const error = await failure(readColumns(write("table.csv", parquet)));
    expect(error.problem).toBe(
      "is a Parquet file (it starts and ends with PAR1), but its name says another format",
    );
    expect(error.fix).toBe("Name it table.parquet");
    const csv = await readColumns(write("par.csv", "PAR1,x\n1,PAR1\n"));
    expect(column(csv, "PAR1")).toEqual([1]);
  });
});
