import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { readColumns } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";
import { column, failure } from "./read-helpers.js";

const write = scratchFolder();

describe("gzip-compressed data", () => {
  test("a .csv.gz reads as the CSV it holds, across many reads of the stream", async () => {
    const lines = ["id,group"];
    for (let i = 0; i < 50_000; i++) lines.push(`${i},g${i % 3}`);
    const file = write("big.csv.gz", gzipSync(`\uFEFF${lines.join("\n")}\n`));
    const table = await readColumns(file);
    expect(table.rowCount).toBe(50_000);
    expect(column(table, "id").slice(-2)).toEqual([49_998, 49_999]);
    expect(column(table, "group").slice(0, 3)).toEqual(["g0", "g1", "g2"]);
  });

  test("a .tsv.gz is split on tabs and a .jsonl.gz read line by line", async () => {
    const tsv = await readColumns(write("a.tsv.gz", gzipSync("x\ty\n1\ta\n")));
    expect(column(tsv, "y")).toEqual(["a"]);
    const jsonl = await readColumns(write("a.jsonl.gz", gzipSync('{"x": 1}\n{"x": 2}\n')));
    expect(column(jsonl, "x")).toEqual([1, 2]);
  });

  test("a file named .gz that is not gzip is refused as such, not as text that is not UTF-8", async () => {
    const error = await failure(readColumns(write("plain.csv.gz", "x\n1\n")));
    expect(error.message).toMatch(/plain\.csv\.gz: is not valid gzip \(incorrect header check\)/);
    expect(error.fix).toContain("drop .gz from its name");
  });

  test("a zstd file is refused by name, with what to do instead", async () => {
    const error = await failure(readColumns(write("part.csv.zst", Buffer.from([0x28, 0xb5]))));
    expect(error.message).toMatch(
      /part\.csv\.zst: is zstd-compressed, which the reader cannot decompress/,
    );
    expect(error.fix).toBe("Decompress it first (zstd -d), or compress it with gzip (.gz) instead");
  });
});
