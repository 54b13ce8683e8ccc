import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DataError, expandGlob, globToRegExp, readColumns } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

describe("globs", () => {
  test.each([
    ["*.csv", "a.csv", true],
    ["*.csv", "dir/a.csv", false],
    ["**/*.csv", "a.csv", true],
    ["**/*.csv", "x/y/a.csv", true],
    ["data-?.csv", "data-1.csv", true],
    ["data-?.csv", "data-10.csv", false],
    ["part-[0-9].csv", "part-3.csv", true],
    ["part-[!0-9].csv", "part-3.csv", false],
    ["a.b", "axb", false],
  ])("%s matches %s: %s", (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  test("files are found in a stable order, and read as one dataset", async () => {
    const { dir } = tempDir();
    mkdirSync(join(dir, "2024", "02"), { recursive: true });
    mkdirSync(join(dir, "2024", "01"), { recursive: true });
    writeFileSync(join(dir, "2024", "02", "part.csv"), "x,c\n3,b\n");
    writeFileSync(join(dir, "2024", "01", "part.csv"), "x,c\n1,a\n2,a\n");
    writeFileSync(join(dir, "2024", "notes.txt"), "ignored");
    const files = await expandGlob(join(dir, "**/*.csv"));
    expect(files).toEqual([
      join(dir, "2024", "01", "part.csv"),
      join(dir, "2024", "02", "part.csv"),
    ]);
    const table = await readColumns(join(dir, "**/*.csv"));
    expect(table.rowCount).toBe(3);
    const c = table.columns.get("c")!;
    expect("dictionary" in c && c.dictionary).toEqual(["a", "b"]);
  });

  test("files with different headers are refused", async () => {
    const { dir } = tempDir();
    writeFileSync(join(dir, "a.csv"), "x\n1\n");
    writeFileSync(join(dir, "b.csv"), "y\n1\n");
    const error = await readColumns(join(dir, "*.csv")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain("differs from the first file's");
    expect((error as DataError).file).toBe(join(dir, "b.csv"));
  });

  test("a file whose name only looks like a pattern is read as named", async () => {
    const { dir } = tempDir();
    writeFileSync(join(dir, "data[1].csv"), "x\n1\n2\n");
    writeFileSync(join(dir, "data1.csv"), "x\n3\n");
    expect(await expandGlob(join(dir, "data[1].csv"))).toEqual([join(dir, "data[1].csv")]);
    expect((await readColumns(join(dir, "data[1].csv"))).rowCount).toBe(2);
  });

  test("a character class with a backwards range is refused, naming the pattern", async () => {
    const { dir } = tempDir();
    const pattern = join(dir, "part-[z-a].csv");
    const error = await readColumns(pattern).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).line).toBe(
      `${pattern}: the character class [z-a] is not valid. Write each range from low to high, as in [a-z]`,
    );
  });
});
