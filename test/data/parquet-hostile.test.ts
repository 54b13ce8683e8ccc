import { describe, expect, test } from "vitest";
import type { ColumnMetaData, PageHeader } from "hyparquet";
import {
  checkPageHeader,
  type ChunkPlace,
} from "../../shared/src/engine/data/parquet-page-bounds.js";
import { DataError, cellValue, readBatches, readColumns } from "@mlops/shared";
import {
  hybridRuns,
  levelRuns,
  parquetOf,
  type FooterClaims,
  type HybridRun,
  type PageClaims,
  type PageSections,
  type ParquetColumnSpec,
  type ParquetFileSpec,
} from "../helpers/parquet-writer.js";
import { collect, scratchFolder } from "./temp-files.js";

// Files written byte by byte (test/helpers/parquet-writer.ts), each claiming in its page headers
// or footer what no writer would: the reader must refuse them with one line, at little cost.
const write = scratchFolder();

type Table = Awaited<ReturnType<typeof readColumns>>;
const cells = (table: Table, name: string) =>
  Array.from({ length: table.rowCount }, (_, row) => cellValue(table.columns.get(name)!, row));
const refusal = (file: string, options?: Parameters<typeof readColumns>[1]) =>
  readColumns(file, options).then(
    () => {
      throw new Error(`${file} was read`);
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DataError);
      return error as DataError;
    },
  );

/** 100 doubles (0, 0.5, 1, ...) in row groups of `groupRows`, snappy-compressed as pandas writes them. */
const floats = (spec: Partial<ParquetFileSpec> = {}): ParquetFileSpec => ({
  codec: "SNAPPY",
  columns: [{ name: "v", type: "DOUBLE", values: Array.from({ length: 100 }, (_, i) => i / 2) }],
  ...spec,
});

/** The footer's claims of a file as written, unchanged. */
function footerOf(spec: ParquetFileSpec): FooterClaims {
  let claims: FooterClaims | undefined;
  parquetOf({ ...spec, footer: (footer) => (claims = footer) });
  return claims!;
}

describe("a page header is held to what its column chunk and any page may hold", () => {
  test("a 1 kB file whose page claims 2 GB decompressed is refused before a buffer is sized by it", async () => {
    const spec = floats({ pageHeader: (page) => (page.uncompressedSize = 2_000_000_000) });
    const chunkBytes = footerOf(spec).rowGroups[0]!.columns[0]!.totalUncompressedSize;
    const file = write("two-gigabytes.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 0: column 'v': a page of row group 0 claims 2,000,000,000 bytes once decompressed, more than the ${chunkBytes} its whole column chunk holds (the footer's total_uncompressed_size). The file is corrupt: write it again from its source`,
    );
    expect(error.column).toBe("v");
  });

  test("the refusal names the row group, and the row it starts at", async () => {
    let pages = 0;
    const spec = floats({
      groupRows: 25,
      pageHeader: (page) => {
        if (pages++ === 2) page.uncompressedSize += 1_000;
      },
    });
    const error = await refusal(write("third-group.parquet", parquetOf(spec)));
    expect(error.rowIndex).toBe(50);
    expect(error.message).toContain("row 50: column 'v': a page of row group 2 claims");
  });

  test("a footer that claims as much as its page is held to the 64 MiB a page may hold", async () => {
    const spec = floats({
      pageHeader: (page) => (page.uncompressedSize = 100_000_000),
      footer: (footer) => (footer.rowGroups[0]!.columns[0]!.totalUncompressedSize = 3_000_000_000n),
    });
    const file = write("large-page.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 0: column 'v': a page of row group 0 claims 100,000,000 bytes once decompressed, more than the 64 MiB a page may hold beyond 1032 times its 812 compressed bytes. Write the file with pages of the usual size (pyarrow writes 1 MiB pages by default: data_page_size), or check that it is not corrupt`,
    );
  });

  test("a page past 64 MiB stands where its compressed bytes could hold it, as DuckDB's and fastparquet's large pages", () => {
    const chunk = { total_uncompressed_size: 300_000_000n, num_values: 1_000n } as ColumnMetaData;
    const place = { file: "big.parquet", column: "doc", group: { index: 0, rowStart: 0 } };
    const page = (compressed: number) =>
      ({
        type: "DATA_PAGE",
        uncompressed_page_size: 100_000_000,
        compressed_page_size: compressed,
        data_page_header: { num_values: 1_000 },
      }) as PageHeader;
    // 100 MB from 8 MB (12 to 1, as text compresses): a real page. From 50 kB (2,000 to 1): no.
    expect(() => checkPageHeader(page(8_000_000), chunk, place as ChunkPlace)).not.toThrow();
    expect(() => checkPageHeader(page(50_000), chunk, place as ChunkPlace)).toThrow(
      "claims 100,000,000 bytes once decompressed, more than the 64 MiB a page may hold beyond 1032 times its 50,000 compressed bytes",
    );
  });

  test("a page that claims more values than its column chunk holds is refused before they are decoded", async () => {
    const spec = floats({ pageHeader: (page) => (page.numValues = 2_000_000_000) });
    const error = await refusal(write("many-values.parquet", parquetOf(spec)));
    expect(error.message).toContain(
      "column 'v': a page of row group 0 claims 2,000,000,000 values, more than the 100 its whole column chunk holds (the footer's num_values)",
    );
  });

  test("a footer that claims as many values as its page is held to the 2^26 a page may hold", async () => {
    const spec = floats({
      pageHeader: (page) => (page.numValues = 2 ** 27),
      footer: (footer) => (footer.rowGroups[0]!.columns[0]!.numValues = 2n ** 27n),
    });
    const error = await refusal(write("many-values-footer.parquet", parquetOf(spec)));
    expect(error.message).toContain(
      "claims 134,217,728 values, more than the 67,108,864 a page may hold",
    );
  });

  test("a footer without the chunk's decompressed size (0, as DuckDB before 0.6 wrote) still reads", async () => {
    const spec = floats({
      groupRows: 30,
      footer: (footer) => {
        for (const group of footer.rowGroups) group.columns[0]!.totalUncompressedSize = 0n;
      },
    });
    const table = await readColumns(write("duckdb.parquet", parquetOf(spec)));
    expect(cells(table, "v")).toEqual(Array.from({ length: 100 }, (_, i) => i / 2));
  });
});

// A version 2 data page holds its repetition and then its definition levels uncompressed at its
// start, their lengths in its header; the values follow where the header says the levels end.
describe("a version 2 page's levels are held to the page", () => {
  const chunk = { total_uncompressed_size: 1_000n, num_values: 4n } as ColumnMetaData;
  const place: ChunkPlace = {
    file: "items.parquet",
    column: "items.list.element.a",
    group: { index: 0, rowStart: 0, rowEnd: 3 },
  };
  /** The header of pyarrow's page of `[[{a: 1}], [], [{a: 2}, {a: 3}]]`, its level lengths changed. */
  const page = (repetition: number, definition: number): PageHeader =>
    ({
      type: "DATA_PAGE_V2",
      uncompressed_page_size: 30,
      compressed_page_size: 30,
      data_page_header_v2: {
        num_values: 4,
        num_nulls: 0,
        num_rows: 3,
        encoding: "PLAIN",
        repetition_levels_byte_length: repetition,
        definition_levels_byte_length: definition,
      },
    }) as PageHeader;

  test("levels that fit the page pass, to the page's last byte", () => {
    expect(() => checkPageHeader(page(2, 4), chunk, place)).not.toThrow();
    expect(() => checkPageHeader(page(10, 20), chunk, place)).not.toThrow();
  });

  test("a negative length, which made the levels read again as values, is refused", () => {
    // The decoder took the values from 2 - 64 bytes into the page: from its start, levels and all.
    expect(() => checkPageHeader(page(2, -64), chunk, place)).toThrow(
      "column 'items.list.element.a': a page header gives no valid length of its levels",
    );
    expect(() => checkPageHeader(page(-1, 4), chunk, place)).toThrow(
      "a page header gives no valid length of its levels",
    );
  });

  test("levels that claim more bytes than the page holds are refused as a corrupt file", () => {
    let error: unknown;
    try {
      checkPageHeader(page(2, 63), chunk, place);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).line).toBe(
      "items.parquet: row 0: column 'items.list.element.a': a page of row group 0 claims 65 bytes of repetition and definition levels, more than the 30 bytes of the page. The file is corrupt: write it again from its source",
    );
  });
});

// Levels and dictionary indices are written in runs (RLE/bit-packed hybrid), each run's header
// giving its count: a few bytes may claim any number of values, which the decoder wrote out
// one by one past the page's: 2^30 of them took 12 s and a gigabyte, then crashed the process.
describe("a page's runs of levels and indices are held to the values it holds", () => {
  /** 10 doubles, 3 missing: their page's definition levels are 10, its values 7. */
  const ten = [0.5, null, 1.5, 2, null, 3, 3.5, 4, null, 5];
  const defined = ten.map((value) => (value === null ? 0 : 1));
  const missingBefore = (row: number) => ten.slice(0, row).filter((v) => v === null).length;
  const doubles = (more: Partial<ParquetFileSpec> = {}, dictionary = false): ParquetFileSpec => ({
    codec: "SNAPPY",
    columns: [{ name: "v", type: "DOUBLE", values: ten, dictionary }],
    ...more,
  });
  const withPage = (change: (page: PageSections) => void, dictionary = false, version?: 1 | 2) =>
    doubles({ pageBody: change, pageVersion: version }, dictionary);
  /** A dictionary page's indices: their width in a byte, then their runs. */
  const indices = (runs: readonly HybridRun[], width = 3) =>
    Buffer.concat([Buffer.from([width]), hybridRuns(runs, width)]);
  const CORRUPT = "The file is corrupt: write it again from its source";

  test("a run of 2^30 definition levels on a page of 10 values is refused before one is decoded", async () => {
    const spec = withPage(
      (page) => (page.definition = levelRuns([{ value: 1, count: 2 ** 30 }], 1)),
    );
    const file = write("runs-levels.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 0: column 'v': data page 1 of row group 0 has definition levels that run to 1,073,741,824 values, more than the 10 it holds. ${CORRUPT}`,
    );
    expect(error.column).toBe("v");
  });

  test("the refusal names the page, and the row it starts at", async () => {
    const spec = doubles({
      groupRows: 4,
      pageBody: (page) => {
        if (page.values.length === 8) page.definition = levelRuns([{ value: 1, count: 1e9 }], 1);
      },
    });
    // Row groups of 4, 4 and 2 rows; the last holds one value, and its page the long run.
    const error = await refusal(write("runs-last-group.parquet", parquetOf(spec)));
    expect(error.rowIndex).toBe(8);
    expect(error.problem).toBe(
      "column 'v': data page 1 of row group 2 has definition levels that run to 1,000,000,000 values, more than the 2 it holds",
    );
  });

  test("a list's repetition levels are held so too, the leaf named beside its column", async () => {
    const spec: ParquetFileSpec = {
      columns: [{ name: "tags", type: "INT64", list: true, values: [[1n, 2n], [], null, [3n]] }],
      pageBody: (page) => (page.repetition = levelRuns([{ value: 1, count: 2 ** 30 }], 1)),
    };
    const error = await refusal(write("runs-repetition.parquet", parquetOf(spec)));
    expect(error.problem).toBe(
      "column 'tags': data page 1 of 'tags.list.element' in row group 0 has repetition levels that run to 1,073,741,824 values, more than the 5 it holds",
    );
    expect(error.column).toBe("tags");
  });

  test("levels past the column's greatest are refused: they would put values in other rows", async () => {
    const flat = withPage((page) => (page.definition = levelRuns([{ value: 3, count: 10 }], 1)));
    const definition = await refusal(write("runs-level-past.parquet", parquetOf(flat)));
    expect(definition.problem).toBe(
      "column 'v': data page 1 of row group 0 has definition levels of 3, past the column's greatest, 1",
    );
    const tags = (change: (page: PageSections) => void): ParquetFileSpec => ({
      columns: [{ name: "tags", type: "INT64", list: true, values: [[1n, 2n], [], null, [3n]] }],
      pageBody: change,
    });
    const repeated = tags((page) => (page.repetition = levelRuns([{ value: 7, count: 5 }], 1)));
    const repetition = await refusal(write("runs-repetition-past.parquet", parquetOf(repeated)));
    expect(repetition.problem).toContain(
      "has repetition levels of 7, past the column's greatest, 1",
    );
    // A list of optional numbers in an optional list: levels of 2 bits, its greatest 3.
    const deep = tags((page) => (page.definition = levelRuns([{ value: 4, count: 5 }], 2)));
    const past = await refusal(write("runs-definition-past.parquet", parquetOf(deep)));
    expect(past.problem).toContain("has definition levels of 4, past the column's greatest, 3");
  });

  test("a dictionary page's run of 2^30 indices is refused: the page has 7 values, 3 of its 10 missing", async () => {
    const spec = withPage((page) => (page.values = indices([{ value: 0, count: 2 ** 30 }])), true);
    const error = await refusal(write("runs-indices.parquet", parquetOf(spec)));
    expect(error.problem).toBe(
      "column 'v': data page 1 of row group 0 has dictionary indices that run to 1,073,741,824 values, more than the 7 it holds that are not missing",
    );
    // One index too many is refused as well: it would read as an 8th value.
    const one = withPage((page) => (page.values = indices([{ value: 0, count: 8 }])), true);
    const over = await refusal(write("runs-indices-8.parquet", parquetOf(one)));
    expect(over.problem).toContain("dictionary indices that run to 8 values, more than the 7");
  });

  test("bit-packed groups count 8 values each: a run of more groups than the page needs is refused", async () => {
    // 2^28 groups of 8 claimed in a run of 2 groups' bytes.
    const claimed: HybridRun = { packed: defined, groups: 2 ** 28 };
    const spec = withPage((page) => (page.definition = levelRuns([claimed], 1)));
    const error = await refusal(write("runs-groups.parquet", parquetOf(spec)));
    expect(error.problem).toBe(
      "column 'v': data page 1 of row group 0 has definition levels that run to 2,147,483,648 values, more than the 10 it holds",
    );
    // A third group, past the padding of the second, is refused as well.
    const three = withPage(
      (page) =>
        (page.definition = levelRuns([{ packed: [...defined, ...defined, 1, 1, 1, 1] }], 1)),
    );
    const past = await refusal(write("runs-three-groups.parquet", parquetOf(three)));
    expect(past.problem).toContain("definition levels that run to 24 values, more than the 10");
  });

  test("a final bit-packed group padded past the page's values reads as written", async () => {
    // The 10 levels in 2 groups of 8: 6 of padding.
    const packed = withPage((page) => (page.definition = levelRuns([{ packed: defined }], 1)));
    const table = await readColumns(write("runs-padded.parquet", parquetOf(packed)));
    expect(cells(table, "v")).toEqual(ten);
    // 9 levels in a run, the 10th in a group of its own: 7 of padding, 17 levels in all.
    const whole = Array.from({ length: 10 }, (_, i) => i / 4);
    const runs: HybridRun[] = [{ value: 1, count: 9 }, { packed: [1] }];
    const spec: ParquetFileSpec = {
      columns: [{ name: "v", type: "DOUBLE", values: whole }],
      pageBody: (page) => (page.definition = levelRuns(runs, 1)),
    };
    const after = await readColumns(write("runs-padded-after-run.parquet", parquetOf(spec)));
    expect(cells(after, "v")).toEqual(whole);
    // A dictionary page's 7 indices in one group: 1 of padding.
    const all = [{ packed: [0, 1, 2, 3, 4, 5, 6] }];
    const inGroup = withPage((page) => (page.values = indices(all)), true);
    const read = await readColumns(write("runs-padded-indices.parquet", parquetOf(inGroup)));
    expect(cells(read, "v")).toEqual(ten);
  });

  test("levels that run past the length their page gives them are refused, not read from its values", async () => {
    // The levels as written (7 runs, 14 bytes), their length given as 1: the decoder read the
    // levels on, then took the values from the levels' second byte, and read numbers no one wrote.
    const spec = withPage((page) => page.definition.writeUInt32LE(1, 0));
    const error = await refusal(write("runs-short-levels.parquet", parquetOf(spec)));
    expect(error.problem).toBe(
      "column 'v': data page 1 of row group 0 has definition levels that run past the 1 byte given them, with 0 of its 10 values read",
    );
    // So is a run whose bit-packed bytes end past them, and a header longer than 5 bytes.
    const cut = withPage((page) => {
      page.definition = levelRuns([{ packed: defined }], 1).subarray(0, 6);
      page.definition.writeUInt32LE(2, 0);
    });
    const past = await refusal(write("runs-cut-group.parquet", parquetOf(cut)));
    expect(past.problem).toContain(
      "definition levels that run past the 2 bytes given them, with 0 of its 10 values read",
    );
    const header = Buffer.from([6, 0, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
    const long = withPage((page) => (page.definition = header));
    const varint = await refusal(write("runs-long-header.parquet", parquetOf(long)));
    expect(varint.problem).toBe(
      "column 'v': data page 1 of row group 0 has definition levels with a run header longer than 5 bytes",
    );
  });

  test("levels whose length runs past the page are refused", async () => {
    const spec = withPage((page) => page.definition.writeUInt32LE(1_000, 0));
    const error = await refusal(write("runs-long-levels.parquet", parquetOf(spec)));
    // 70 bytes follow the length: 14 of levels and 7 doubles.
    expect(error.problem).toBe(
      "column 'v': data page 1 of row group 0 gives its definition levels 1,000 bytes, more than the 70 left in it",
    );
  });

  test("booleans written in runs, and indices wider than 24 bits, are held so too", async () => {
    /** 4 booleans, 1 missing, their values section `values`, its encoding given as RLE. */
    const flags = (values: Buffer): ParquetFileSpec => ({
      columns: [{ name: "flag", type: "BOOLEAN", values: [true, false, null, true] }],
      pageHeader: (page) => {
        if (page.type === "DATA_PAGE") page.encoding = "RLE";
      },
      pageBody: (page) => (page.values = values),
    });
    // As a version 1 page holds them: their length, then their runs.
    const sound = parquetOf(flags(levelRuns([{ packed: [1, 0, 1] }], 1)));
    const table = await readColumns(write("runs-booleans.parquet", sound));
    const plain = parquetOf({
      columns: [{ name: "flag", type: "BOOLEAN", values: [true, false, null, true] }],
    });
    const asPlain = await readColumns(write("runs-booleans-plain.parquet", plain));
    expect(cells(table, "flag")).toEqual([1, 0, null, 1]);
    expect(cells(table, "flag")).toEqual(cells(asPlain, "flag"));
    const long = parquetOf(flags(levelRuns([{ value: 1, count: 2 ** 30 }], 1)));
    const error = await refusal(write("runs-booleans-long.parquet", long));
    expect(error.problem).toBe(
      "column 'flag': data page 1 of row group 0 has booleans that run to 1,073,741,824 values, more than the 3 it holds that are not missing",
    );
    // Past 24 bits hyparquet unpacks indices wrongly: at 25, from the ninth of a run (a byte
    // shifted by 32, which is 0); at 32, every value as the first.
    for (const bits of [25, 32, 40]) {
      const wide = withPage((page) => (page.values = Buffer.from([bits, 2, 0, 0, 0, 0, 0])), true);
      const width = await refusal(write(`runs-wide-indices-${bits}.parquet`, parquetOf(wide)));
      expect(width.problem).toBe(
        `column 'v': data page 1 of row group 0 has dictionary indices ${bits} bits wide, more than the 24 this reader takes`,
      );
    }
  });

  test("an index past the dictionary's end is refused, where it read as a missing value", async () => {
    // The dictionary holds the 7 values of `ten`: 0 to 6 index them. An index of 7 in a run of
    // its own, bit-packed among the others, and in a version 2 page.
    const past = "has dictionary indices of 7, past the 7 entries of its dictionary";
    const shapes: [string, readonly HybridRun[], 1 | 2][] = [
      ["run", [{ value: 7, count: 1 }, { packed: [1, 2, 3, 4, 5, 6] }], 1],
      ["packed", [{ packed: [0, 1, 2, 3, 4, 5, 7] }], 1],
      ["v2", [{ packed: [7, 1, 2, 3, 4, 5, 6] }], 2],
    ];
    for (const [shape, runs, version] of shapes) {
      const spec = withPage((page) => (page.values = indices(runs)), true, version);
      const error = await refusal(write(`dictionary-past-${shape}.parquet`, parquetOf(spec)));
      expect(error.problem, shape).toBe(`column 'v': data page 1 of row group 0 ${past}`);
      expect(error.rowIndex, shape).toBe(0);
    }
    // Each width an index may be written in, the index past the end amid the greatest sound
    // one (6), across byte boundaries: the sound page reads as written, the other is refused.
    // The dictionary is the values in order of first appearance; indices 6 to 0 reverse them.
    const reversed = ten.filter((v) => v !== null).reverse();
    const inReverse = ten.map((v, i) => (v === null ? null : reversed[i - missingBefore(i)]));
    for (let width = 3; width <= 24; width++) {
      const sound = withPage(
        (page) => (page.values = indices([{ packed: [6, 5, 4, 3, 2, 1, 0] }], width)),
        true,
      );
      const read = await readColumns(write(`dictionary-width-${width}.parquet`, parquetOf(sound)));
      expect(cells(read, "v"), `${width} bits`).toEqual(inReverse);
      const over = withPage(
        (page) => (page.values = indices([{ packed: [6, 6, 6, 7, 6, 6, 6] }], width)),
        true,
      );
      const error = await refusal(write(`dictionary-width-${width}-past.parquet`, parquetOf(over)));
      expect(error.problem, `${width} bits`).toContain(past);
    }
  });

  test("indices without a dictionary page before them are refused, where they read as the values", async () => {
    // A page of doubles claiming to be dictionary-encoded in a chunk that has no dictionary:
    // the indices 0 to 6 read as the numbers 0 to 6.
    for (const version of [1, 2] as const) {
      const spec = doubles({
        pageVersion: version,
        pageHeader: (page) => {
          if (page.type !== "DICTIONARY_PAGE") page.encoding = "RLE_DICTIONARY";
        },
        pageBody: (page) => (page.values = indices([{ packed: [0, 1, 2, 3, 4, 5, 6] }])),
      });
      const error = await refusal(write(`dictionary-none-${version}.parquet`, parquetOf(spec)));
      expect(error.problem).toBe(
        "column 'v': data page 1 of row group 0 has dictionary indices, but its column chunk has no dictionary page before it",
      );
    }
    // A page whose values are all missing reads no index, and needs no dictionary.
    const missing = [null, null, null];
    const none: ParquetFileSpec = {
      columns: [{ name: "v", type: "DOUBLE", values: missing }],
      pageHeader: (page) => {
        if (page.type !== "DICTIONARY_PAGE") page.encoding = "RLE_DICTIONARY";
      },
      pageBody: (page) => (page.values = indices([], 1)),
    };
    const table = await readColumns(write("dictionary-none-missing.parquet", parquetOf(none)));
    expect(cells(table, "v")).toEqual(missing);
  });

  test("a dictionary of one entry, its indices 1 bit wide as pyarrow writes them, holds them to 0", async () => {
    const same = [2.5, null, 2.5, 2.5];
    const oneBit = (packed: number[]): ParquetFileSpec => ({
      columns: [{ name: "v", type: "DOUBLE", values: same, dictionary: true }],
      pageBody: (page) => (page.values = indices([{ packed }], 1)),
    });
    const table = await readColumns(
      write("dictionary-one-bit.parquet", parquetOf(oneBit([0, 0, 0]))),
    );
    expect(cells(table, "v")).toEqual(same);
    const error = await refusal(
      write("dictionary-one-bit-past.parquet", parquetOf(oneBit([0, 1, 0]))),
    );
    expect(error.problem).toBe(
      "column 'v': data page 1 of row group 0 has dictionary indices of 1, past the 1 entry of its dictionary",
    );
  });

  test("indices 0 bits wide read as the dictionary's one entry, and are refused with none", async () => {
    const same = [2.5, null, 2.5, 2.5];
    const one = (entries: number, version: 1 | 2): ParquetFileSpec => ({
      pageVersion: version,
      columns: [{ name: "v", type: "DOUBLE", values: same, dictionary: true }],
      pageHeader: (page) => {
        if (page.type === "DICTIONARY_PAGE") page.numValues = entries;
      },
      // A version 1 page's indices 0 bits wide are never read; a version 2 page's are runs.
      pageBody: (page) =>
        (page.values = version === 1 ? Buffer.from([0]) : indices([{ value: 0, count: 3 }], 0)),
    });
    for (const version of [1, 2] as const) {
      const table = await readColumns(
        write(`dictionary-one-${version}.parquet`, parquetOf(one(1, version))),
      );
      expect(cells(table, "v"), `version ${version}`).toEqual(same);
      const error = await refusal(
        write(`dictionary-empty-${version}.parquet`, parquetOf(one(0, version))),
      );
      expect(error.problem, `version ${version}`).toBe(
        "column 'v': data page 1 of row group 0 has dictionary indices of 0, past the 0 entries of its dictionary",
      );
    }
  });

  describe("in version 2 pages, whose levels stand uncompressed before the values", () => {
    test("sound pages, plain and dictionary-encoded, read as written", async () => {
      for (const dictionary of [false, true]) {
        const spec = doubles({ pageVersion: 2, groupRows: 4 }, dictionary);
        const table = await readColumns(write(`runs-v2-${dictionary}.parquet`, parquetOf(spec)));
        expect(cells(table, "v")).toEqual(ten);
      }
    });

    test("a run of definition levels, or of indices in the compressed values, past the page is refused", async () => {
      const levels = withPage(
        (page) => (page.definition = hybridRuns([{ value: 1, count: 2 ** 30 }], 1)),
        false,
        2,
      );
      const error = await refusal(write("runs-v2-levels.parquet", parquetOf(levels)));
      expect(error.problem).toBe(
        "column 'v': data page 1 of row group 0 has definition levels that run to 1,073,741,824 values, more than the 10 it holds",
      );
      const spec = withPage(
        (page) => (page.values = indices([{ value: 0, count: 2 ** 30 }])),
        true,
        2,
      );
      const compressed = await refusal(write("runs-v2-indices.parquet", parquetOf(spec)));
      expect(compressed.problem).toBe(
        "column 'v': data page 1 of row group 0 has dictionary indices that run to 1,073,741,824 values, more than the 7 it holds that are not missing",
      );
    });

    test("definition levels that run past the length the header gives them are refused", async () => {
      const spec = doubles({
        pageVersion: 2,
        pageHeader: (page) => {
          if (page.type === "DATA_PAGE_V2") page.definitionLevelBytes = 1;
        },
      });
      const error = await refusal(write("runs-v2-short-levels.parquet", parquetOf(spec)));
      expect(error.problem).toBe(
        "column 'v': data page 1 of row group 0 has definition levels that run past the 1 byte given them, with 0 of its 10 values read",
      );
    });

    test("a count of missing values other than the levels' is taken from the levels", async () => {
      // Too high, hyparquet read fewer values than the page holds: the last ones were missing.
      for (const dictionary of [false, true]) {
        for (const nulls of [0, 2, 4, 6]) {
          const spec = doubles(
            {
              pageVersion: 2,
              pageHeader: (page) => {
                if (page.type === "DATA_PAGE_V2") page.numNulls = nulls;
              },
            },
            dictionary,
          );
          const file = write(`runs-v2-nulls-${nulls}-${dictionary}.parquet`, parquetOf(spec));
          expect(cells(await readColumns(file), "v"), `${nulls}, ${dictionary}`).toEqual(ten);
        }
      }
    });

    test("a count of missing values that is none of the page's is refused", async () => {
      for (const [nulls, said] of [
        [-(2 ** 30), "-1,073,741,824"],
        [11, "11"],
      ] as const) {
        const spec = doubles({
          pageVersion: 2,
          pageHeader: (page) => {
            if (page.type === "DATA_PAGE_V2") page.numNulls = nulls;
          },
        });
        const error = await refusal(write(`runs-v2-nulls-${nulls}.parquet`, parquetOf(spec)));
        expect(error.problem).toBe(
          `column 'v': data page 1 of row group 0 claims ${said} of its 10 values missing (num_nulls)`,
        );
      }
    });
  });
});

describe("a struct's or a map's pages are held to what a flat column's page may claim", () => {
  type User = { age: bigint; city: string | null } | null;
  /** A struct of two fields (read as a map is, leaf beside leaf), of two rows unless given. */
  const users = (
    spec: Partial<ParquetFileSpec> = {},
    values: readonly User[] = [{ age: 31n, city: "lyon" }, null],
  ): ParquetFileSpec => ({
    codec: "SNAPPY",
    columns: [
      {
        name: "user",
        fields: [
          { name: "age", type: "INT64" },
          { name: "city", type: "BYTE_ARRAY", logical: "STRING" },
        ],
        values,
      },
    ],
    ...spec,
  });
  const cityPage = (change: (page: PageClaims) => void) => (page: PageClaims, path: string) => {
    if (path === "user.city") change(page);
  };

  test("a field's page that claims more bytes than its column chunk holds is refused by name", async () => {
    const spec = users({ pageHeader: cityPage((page) => (page.uncompressedSize = 5_000)) });
    const chunkBytes = footerOf(spec).rowGroups[0]!.columns[1]!.totalUncompressedSize;
    const file = write("struct-over-chunk.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 0: column 'user': a page of row group 0 claims 5,000 bytes once decompressed, more than the ${chunkBytes} its whole column chunk holds (the footer's total_uncompressed_size). The file is corrupt: write it again from its source`,
    );
    expect(error.column).toBe("user");
  });

  test("a footer that claims as much as the page is held to the 64 MiB a page may hold", async () => {
    const spec = users({
      pageHeader: cityPage((page) => (page.uncompressedSize = 100_000_000)),
      footer: (footer) => (footer.rowGroups[0]!.columns[1]!.totalUncompressedSize = 3_000_000_000n),
    });
    const error = await refusal(write("large-struct-page.parquet", parquetOf(spec)));
    expect(error.problem).toBe(
      "column 'user': a page of row group 0 claims 100,000,000 bytes once decompressed, more than the 64 MiB a page may hold beyond 1032 times its 20 compressed bytes",
    );
  });

  test("a page of 10 bytes whose levels run to 2^27 rows is refused before one is decoded", async () => {
    // One run of 2^27 definition levels of 1 (a user without a city) and no values: bytes that
    // do decode to as many rows, which a struct's assembly made 2^27 objects of, past any heap.
    const rows = 2 ** 27;
    const spec = users({
      codec: "UNCOMPRESSED",
      pageBody: (page, path) => {
        if (path !== "user.city") return;
        page.definition = levelRuns([{ value: 1, count: rows }], 2);
        page.values = Buffer.alloc(0);
      },
      pageHeader: cityPage((page) => (page.numValues = rows)),
      footer: (footer) => (footer.rowGroups[0]!.columns[1]!.numValues = BigInt(rows)),
    });
    const file = write("struct-of-many-rows.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 0: column 'user': a page of row group 0 claims 134,217,728 values, more than the 67,108,864 a page may hold. Write the file with pages of the usual size (pyarrow writes 1 MiB pages by default: data_page_size), or check that it is not corrupt`,
    );
  });

  test("a field's bit-packed definition levels past its greatest are refused", async () => {
    // A field of a struct: 0 a missing user, 1 a user without a city, 2 a city. Its levels are
    // 2 bits wide, in which 3 can be written: bit-packed, as a group of 8 is unpacked to be
    // read, where a run holds its one value whole.
    const eight = Array.from({ length: 8 }, (_, i): User => ({ age: BigInt(i), city: `c${i}` }));
    const spec = users(
      {
        pageBody: (page, path) => {
          if (path === "user.city")
            page.definition = levelRuns([{ packed: [2, 2, 2, 2, 2, 3, 2, 2] }], 2);
        },
      },
      eight,
    );
    const error = await refusal(write("struct-level-past.parquet", parquetOf(spec)));
    expect(error.problem).toBe(
      "column 'user': data page 1 of 'user.city' in row group 0 has definition levels of 3, past the column's greatest, 2",
    );
  });

  test("a column chunk that the footer places in another file is refused, not read from this one", async () => {
    const spec = users({
      footer: (footer) => (footer.rowGroups[0]!.columns[1]!.filePath = "elsewhere.parquet"),
    });
    const file = write("struct-elsewhere.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 0: column 'user': the footer places its data for row group 0 in another file (file_path), which is not read. Write the file with its columns' data in it, as pyarrow, pandas, Spark and DuckDB do`,
    );
  });

  test("a struct of sound pages reads as its JSON, row groups and missing fields and all", async () => {
    const values = Array.from({ length: 25 }, (_, i): User =>
      i % 7 === 3 ? null : { age: BigInt(i), city: i % 2 === 0 ? `c${i}` : null },
    );
    const spec = users({ groupRows: 10 }, values);
    const table = await readColumns(write("struct-sound.parquet", parquetOf(spec)));
    expect(cells(table, "user")).toEqual(
      values.map((value) =>
        value === null ? null : JSON.stringify({ age: Number(value.age), city: value.city }),
      ),
    );
  });
});

describe("a row group is held to the rows its columns hold", () => {
  /** 50 rows in row groups of 10: ids and their letters, the letters dictionary-encoded. */
  const groups = (footer: (claims: FooterClaims) => void): ParquetFileSpec => ({
    groupRows: 10,
    footer,
    columns: [
      { name: "id", type: "INT64", values: Array.from({ length: 50 }, (_, i) => BigInt(i)) },
      {
        name: "letter",
        type: "BYTE_ARRAY",
        logical: "STRING",
        dictionary: true,
        values: Array.from({ length: 50 }, (_, i) => "abcde"[i % 5]!),
      },
    ],
  });

  test("row groups that each claim 2 of their 10 rows are refused, not read as 10 rows", async () => {
    const spec = groups((footer) => {
      footer.numRows = 10n;
      for (const group of footer.rowGroups) group.numRows = 2n;
    });
    const file = write("understated.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 0: the row group from this row on cannot be decoded (its columns hold more rows than the 2 it claims). Check that the file was written whole and is not corrupt`,
    );
  });

  test("a row group that claims no rows, or fewer than none, is refused at the row it would start at", async () => {
    for (const claim of [0n, -5n]) {
      const spec = groups((footer) => (footer.rowGroups[2]!.numRows = claim));
      const error = await refusal(write(`group-of-${claim}.parquet`, parquetOf(spec)));
      expect(error.rowIndex).toBe(20);
      expect(error.problem).toBe(
        claim < 0n
          ? "the row group from this row on cannot be decoded (the footer gives it -5 rows)"
          : "the row group from this row on cannot be decoded (its columns hold more rows than the 0 it claims)",
      );
    }
  });

  test("a row group that claims more rows than it holds is still refused", async () => {
    const spec = groups((footer) => (footer.rowGroups[1]!.numRows = 11n));
    const error = await refusal(write("overstated.parquet", parquetOf(spec)));
    expect(error.rowIndex).toBe(10);
    expect(error.problem).toContain("its columns do not hold as many rows as it claims");
  });

  test("a file of sound row groups, and one of no rows, read whole", async () => {
    const table = await readColumns(write("sound.parquet", parquetOf(groups(() => {}))));
    expect(cells(table, "id")).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(cells(table, "letter")[49]).toBe("e");
    const empty = parquetOf({ columns: [{ name: "id", type: "INT64", values: [] }] });
    expect((await readColumns(write("no-rows.parquet", empty))).rowCount).toBe(0);
  });
});

describe("Parquet text that is not UTF-8 stops the read at its row, as a CSV line does", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  const strings = (values: ParquetColumnSpec["values"], more: object = {}): ParquetFileSpec => ({
    columns: [
      { name: "s", type: "BYTE_ARRAY", logical: "STRING", values, ...more } as ParquetColumnSpec,
    ],
  });

  test("a string column's bytes that are not UTF-8 are refused at their row, with the byte named", async () => {
    const spec = strings(["ok", "fine", null, bytes(0xfe), bytes(0xff), bytes(0xc0)]);
    const file = write("not-utf8.parquet", parquetOf(spec));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: row 3: column 's': the byte 0xFE (character 1 of the value) is not valid UTF-8. Write the column as UTF-8 text: decode its values from the encoding they were written in (latin1, or cp1252 for text from Windows or Excel) before writing the file`,
    );
    expect([error.rowIndex, error.column]).toEqual([3, "s"]);
  });

  test("text from Windows (a curly quote, 0x93) is named Windows-1252, which latin1 would make invisible", async () => {
    const quoted = Uint8Array.from([...Buffer.from("caf\u00e9 says "), 0x93, ...Buffer.from("hi")]);
    const error = await refusal(write("cp1252.parquet", parquetOf(strings(["ok", quoted]))));
    expect(error.rowIndex).toBe(1);
    // é is one character of two bytes: the quote is the 11th character.
    expect(error.problem).toBe(
      "column 's': the byte 0x93 (character 11 of the value) is not valid UTF-8",
    );
    expect(error.fix).toContain(
      "decode its values from Windows-1252 (cp1252) before writing the file",
    );
  });

  test("a dictionary's value that is not UTF-8 is refused at the first row that uses it", async () => {
    const values = Array.from({ length: 40 }, (_, i) =>
      i === 27 ? bytes(0x61, 0xe9) : `w${i % 3}`,
    );
    const spec = { ...strings(values, { dictionary: true }), groupRows: 10 };
    const error = await refusal(write("dictionary.parquet", parquetOf(spec)));
    expect(error.rowIndex).toBe(27);
    expect(error.problem).toContain("the byte 0xE9 (character 2 of the value) is not valid UTF-8");
  });

  test("in a list column, and in a struct's field, the row that holds it is named", async () => {
    const list = parquetOf({
      columns: [
        {
          name: "tags",
          type: "BYTE_ARRAY",
          logical: "STRING",
          list: true,
          values: [["a"], [], null, ["b", "c", bytes(0xfe)], ["d"]],
        },
      ],
    });
    const inList = await refusal(write("list.parquet", list));
    expect([inList.rowIndex, inList.column]).toEqual([3, "tags"]);
    const struct = parquetOf({
      columns: [
        {
          name: "user",
          fields: [
            { name: "age", type: "INT64" },
            { name: "city", type: "BYTE_ARRAY", logical: "STRING" },
          ],
          values: [{ age: 1n, city: "lyon" }, null, { age: 3n, city: bytes(0xff) }],
        },
      ],
    });
    const inStruct = await refusal(write("struct.parquet", struct));
    expect([inStruct.rowIndex, inStruct.column]).toEqual([2, "user"]);
    expect(inStruct.problem).toContain("the byte 0xFF (character 1 of the value)");
  });

  test("a binary column without a string type is never refused, whatever its bytes", async () => {
    const binary = (values: ParquetColumnSpec["values"]): ParquetFileSpec => ({
      columns: [{ name: "h", type: "BYTE_ARRAY", values } as ParquetColumnSpec],
    });
    // Older writers (Impala, Hive) write strings so.
    const text = await readColumns(write("impala.parquet", parquetOf(binary(["lyon", "paris"]))));
    expect(cells(text, "h")).toEqual(["lyon", "paris"]);
    // Hashes are no text: the file still reads, each such value as its hex
    // (test/data/parquet-binary.test.ts).
    const hashes = write("hashes.parquet", parquetOf(binary([bytes(0x00, 0xff), "ok"])));
    expect(cells(await readColumns(hashes), "h")).toEqual(["\\x00ff", "ok"]);
    // Nor is an image's bytes in a dataset's struct beside its path, read whole.
    const images = parquetOf({
      columns: [
        {
          name: "image",
          fields: [
            { name: "bytes", type: "BYTE_ARRAY" },
            { name: "path", type: "BYTE_ARRAY", logical: "STRING" },
          ],
          values: [{ bytes: bytes(0x89, 0x50, 0xff), path: "a.png" }, null],
        },
      ],
    });
    expect((await readColumns(write("images.parquet", images))).rowCount).toBe(2);
  });

  test("UTF-8 text of every width reads as written", async () => {
    const words = ["lyon", "café", "€5", "東京", "🙂", ""];
    const table = await readColumns(write("utf8.parquet", parquetOf(strings(words))));
    expect(cells(table, "s")).toEqual(words.map((word) => (word === "" ? null : word)));
  });
});

describe("the names and types a Parquet file gives its columns", () => {
  test("a column with an empty name is named as an empty CSV header field is, and can be left out by it", async () => {
    const columns: ParquetColumnSpec[] = [
      { name: "", type: "INT64", values: [1n, 2n] },
      { name: "a", type: "INT64", values: [3n, 4n] },
    ];
    const parquet = await readColumns(write("unnamed.parquet", parquetOf({ columns })));
    const csv = await readColumns(write("unnamed.csv", ",a\n1,3\n2,4\n"));
    expect([...parquet.columns.keys()]).toEqual(["Unnamed: 0", "a"]);
    expect([...parquet.columns.keys()]).toEqual([...csv.columns.keys()]);
    expect(cells(parquet, "Unnamed: 0")).toEqual([1, 2]);
    // Left out by that name, its pages are not decoded: its cells are missing.
    const batches = await collect(
      readBatches(write("unnamed-left.parquet", parquetOf({ columns })), {
        usedColumns: { except: ["Unnamed: 0"] },
      }),
    );
    expect(batches[0]!.names).toEqual(["Unnamed: 0", "a"]);
    expect(cellValue(batches[0]!.columns.get("a")!, 1)).toBe(4);
    expect([...batches[0]!.byteColumns!.get("Unnamed: 0")!.missing]).toEqual([1, 1]);
  });

  test("an empty name beside a column named as it would be read is refused as two of one name", async () => {
    const columns: ParquetColumnSpec[] = [
      { name: "", type: "INT64", values: [1n] },
      { name: "Unnamed: 0", type: "INT64", values: [2n] },
    ];
    const file = write("unnamed-clash.parquet", parquetOf({ columns }));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}:1: two columns are named 'Unnamed: 0': the column with an empty name is read as 'Unnamed: 0', as an empty CSV header field is named, and another column is named so too. Give each column a name of its own`,
    );
  });

  test("half-precision floats (FLOAT16) are numbers, NaN missing as in any float column", async () => {
    // Little-endian halves: 1.5, -2, NaN, and 65504, the largest.
    const halves = [[0x00, 0x3e], [0x00, 0xc0], [0x00, 0x7e], null, [0xff, 0x7b]];
    const values = halves.map((half) => half && Uint8Array.from(half));
    const columns: ParquetColumnSpec[] = [
      { name: "h", type: "FIXED_LEN_BYTE_ARRAY", typeLength: 2, logical: "FLOAT16", values },
    ];
    const table = await readColumns(write("float16.parquet", parquetOf({ columns })));
    expect(table.columns.get("h")!.type).toBe("numeric");
    expect(cells(table, "h")).toEqual([1.5, -2, null, null, 65504]);
  });
});

describe("fixed-length bytes read by their type, as pyarrow writes them", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  /** The cells of column `h` of a file of one column of `leaf`, plain and dictionary-encoded. */
  async function readBoth(name: string, leaf: object, values: ParquetColumnSpec["values"]) {
    const read = async (dictionary: boolean) => {
      const column = { name: "h", ...leaf, values, dictionary } as ParquetColumnSpec;
      const table = await readColumns(
        write(`${name}-${dictionary}.parquet`, parquetOf({ columns: [column] })),
      );
      return { type: table.columns.get("h")!.type, cells: cells(table, "h") };
    };
    const [plain, dictionary] = [await read(false), await read(true)];
    expect(dictionary).toEqual(plain);
    return plain;
  }

  test("bytes of a fixed length without a type (a hash) read as text, as bytes of any length do", async () => {
    const values = [bytes(0x0c, 0xff, 0x41, 0x42), Buffer.from("abcd"), null];
    const fixed = await readBoth("hash", { type: "FIXED_LEN_BYTE_ARRAY", typeLength: 4 }, values);
    const binary = await readBoth("binary", { type: "BYTE_ARRAY" }, values);
    expect(fixed).toEqual(binary);
    // Bytes that are no UTF-8 read as their hex, never as the JSON of the bytes ({"0":12,...}).
    expect(fixed.cells).toEqual(["\\x0cff4142", "abcd", null]);
    // In a struct too: as its text, not as an object of its bytes.
    const struct = parquetOf({
      columns: [
        {
          name: "file",
          fields: [
            { name: "digest", type: "FIXED_LEN_BYTE_ARRAY", typeLength: 2 },
            { name: "path", type: "BYTE_ARRAY", logical: "STRING" },
          ],
          values: [{ digest: Buffer.from("ab"), path: "a.png" }, null],
        },
      ],
    });
    const table = await readColumns(write("digest-struct.parquet", struct));
    expect(cells(table, "file")).toEqual(['{"digest":"ab","path":"a.png"}', null]);
  });

  test("a UUID reads as its canonical text, 8-4-4-4-12 hex digits", async () => {
    const uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const values = [Buffer.from(uuid.replaceAll("-", ""), "hex"), null];
    const read = await readBoth(
      "uuid",
      { type: "FIXED_LEN_BYTE_ARRAY", typeLength: 16, logical: "UUID" },
      values,
    );
    expect(read.cells).toEqual([uuid, null]);
  });

  test("a DECIMAL reads as its number, with or without the converted type older readers need", async () => {
    // Unscaled values at scale 2 (pyarrow writes decimal128(10, 2) as 5 bytes): 123.45, -0.01,
    // -99,999,999.99 and 99,999,999.99, the least and greatest.
    const values = [12_345n, -1n, null, -9_999_999_999n, 9_999_999_999n];
    const expected = [123.45, -0.01, null, -99_999_999.99, 99_999_999.99];
    const decimal = { logical: "DECIMAL", scale: 2, precision: 10 };
    for (const [name, leaf] of [
      ["fixed", { type: "FIXED_LEN_BYTE_ARRAY", typeLength: 5, ...decimal }],
      [
        "fixed-logical",
        { type: "FIXED_LEN_BYTE_ARRAY", typeLength: 5, ...decimal, logicalOnly: true },
      ],
      ["int64-logical", { type: "INT64", ...decimal, logicalOnly: true }],
    ] as const) {
      const read = await readBoth(`decimal-${name}`, leaf, values);
      expect(read.type, name).toBe("numeric");
      read.cells.forEach((cell, i) => {
        const want = expected[i]!;
        if (want === null) expect(cell, `${name} row ${i}`).toBeNull();
        // Scaled by a division, as pyarrow makes a float of it: to within 1e-6.
        else expect(cell as number, `${name} row ${i}`).toBeCloseTo(want, 6);
      });
    }
  });
});

describe("nested 64-bit integers are JSON numbers, as JSON Lines writes the same values", () => {
  test("a list of int64 and a struct read as the same text in Parquet and in JSON Lines", async () => {
    const parquet = parquetOf({
      columns: [
        {
          name: "tags",
          type: "INT64",
          list: true,
          values: [
            [0n, 0n],
            [0n, 9007199254740993n],
            [-5n, null],
          ],
        },
        {
          name: "s",
          fields: [
            { name: "a", type: "INT64" },
            { name: "b", type: "BYTE_ARRAY", logical: "STRING" },
          ],
          values: [
            { a: 1n, b: null },
            { a: 9007199254740993n, b: "x" },
            { a: null, b: "y" },
          ],
        },
      ],
    });
    const jsonl = [
      '{"tags":[0,0],"s":{"a":1,"b":null}}',
      '{"tags":[0,9007199254740993],"s":{"a":9007199254740993,"b":"x"}}',
      '{"tags":[-5,null],"s":{"a":null,"b":"y"}}',
    ].join("\n");
    const fromParquet = await readColumns(write("nested.parquet", parquet));
    const fromJsonl = await readColumns(write("nested.jsonl", `${jsonl}\n`));
    expect(cells(fromParquet, "tags")).toEqual(["[0,0]", "[0,9007199254740993]", "[-5,null]"]);
    expect(cells(fromParquet, "s")).toEqual([
      '{"a":1,"b":null}',
      '{"a":9007199254740993,"b":"x"}',
      '{"a":null,"b":"y"}',
    ]);
    expect(cells(fromParquet, "tags")).toEqual(cells(fromJsonl, "tags"));
    expect(cells(fromParquet, "s")).toEqual(cells(fromJsonl, "s"));
  });
});

describe("a footer that is not one is named as such, never by a JavaScript error", () => {
  const sound = () => parquetOf(floats());
  /** `bytes` with the footer length in their last 8 bytes set to `length`. */
  const withFooterLength = (bytes: Buffer, length: number) => {
    bytes.writeUInt32LE(length, bytes.length - 8);
    return bytes;
  };

  test("a footer length of 0", async () => {
    const file = write("footer-zero.parquet", withFooterLength(sound(), 0));
    const error = await refusal(file);
    expect(error.line).toBe(
      `${file}: is not a readable Parquet file (its footer, which describes its columns and row groups, is empty: its last 8 bytes give it a length of 0). Check that the file is Parquet and was written whole`,
    );
  });

  test("a footer that decodes as no metadata, or runs past the file's start", async () => {
    // One byte before the length: the end of an empty structure, which names no schema.
    const empty = sound();
    empty[empty.length - 9] = 0;
    const file = write("footer-one-byte.parquet", withFooterLength(empty, 1));
    const error = await refusal(file);
    expect(error.problem).toBe(
      "is not a readable Parquet file (its footer does not decode as Parquet metadata)",
    );
    const long = await refusal(write("footer-long.parquet", withFooterLength(sound(), 1e6)));
    expect(long.problem).toBe(
      "is not a readable Parquet file (its last 8 bytes give its footer a length of 1,000,000 bytes, more than the file holds)",
    );
  });

  test("a file that does not end with PAR1", async () => {
    const bytes = sound();
    bytes.write("PAR2", bytes.length - 4);
    const error = await refusal(write("no-magic.parquet", bytes));
    expect(error.problem).toBe(
      "is not a readable Parquet file (it does not end with PAR1, as a Parquet file does)",
    );
  });
});
