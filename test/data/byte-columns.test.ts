import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { cellValue, readBatches, readColumns, type Batch, type ReadOptions } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";

const fixtures = fileURLToPath(new URL("../fixtures/parquet/", import.meta.url));
const write = scratchFolder();

/** Each row's cell of a column read as bytes, decoded: its text, or null when missing. */
function cells(batches: readonly Batch[], name: string): (string | null)[] {
  return batches.flatMap((batch) => {
    const column = batch.byteColumns?.get(name);
    if (!column) throw new Error(`no column '${name}' read as bytes`);
    const { bytes, starts, missing } = column;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return Array.from({ length: batch.length }, (_, i) =>
      missing[i] ? null : text.toString("utf8", starts[i], starts[i + 1]),
    );
  });
}

/** The same column read as text, through `textColumns`. */
async function asText(file: string, name: string, options: ReadOptions = {}) {
  const table = await readColumns(file, { ...options, textColumns: [name] });
  const column = table.columns.get(name)!;
  return Array.from({ length: table.rowCount }, (_, i) => cellValue(column, i));
}

describe("a column read as bytes", () => {
  test("holds each cell's text as bytes, as a text column would read it, and is not among the columns", async () => {
    const file = write(
      "ids.csv",
      'id,x\n007,1\n7,2\n"a ""quoted"", id",3\n12345678901234567891,4\n,5\nNA,6\nünï,7\n',
    );
    const options: ReadOptions = { missingValues: ["", "NA"] };
    const batches = await collect(readBatches(file, { ...options, byteColumns: ["id"] }));
    expect(cells(batches, "id")).toEqual(await asText(file, "id", options));
    expect(cells(batches, "id")).toEqual([
      "007",
      "7",
      'a "quoted", id',
      "12345678901234567891",
      null,
      null,
      "ünï",
    ]);
    expect([...batches[0]!.columns.keys()]).toEqual(["x"]);
  });

  test("gives every batch its own cells", async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `row-${i * 37}`);
    const file = write("many.csv", `id\n${ids.join("\n")}\n`);
    const batches = await collect(readBatches(file, { byteColumns: ["id"], batchSize: 7 }));
    expect(batches.length).toBe(15);
    expect(cells(batches, "id")).toEqual(ids);
  });

  test("reads JSON values as their text, and keeps a lone surrogate apart from U+FFFD", async () => {
    const file = write(
      "ids.jsonl",
      ['{"id": 7}', '{"id": "7.0"}', '{"id": null}', '{"id": "\\ud800"}', '{"id": "\\ufffd"}'].join(
        "\n",
      ),
    );
    const batches = await collect(readBatches(file, { byteColumns: ["id"] }));
    const column = batches[0]!.byteColumns!.get("id")!;
    expect(cells(batches, "id").slice(0, 3)).toEqual(["7", "7.0", null]);
    const bytesOf = (i: number) => [
      ...column.bytes.subarray(column.starts[i], column.starts[i + 1]),
    ];
    expect(bytesOf(3)).not.toEqual(bytesOf(4));
    expect(bytesOf(4)).toEqual([0xef, 0xbf, 0xbd]);
  });

  test("reads a Parquet column as the text of its values", async () => {
    const file = `${fixtures}table-zstd.parquet`;
    const batches = await collect(readBatches(file, { byteColumns: ["zip"] }));
    expect(cells(batches, "zip")).toEqual(await asText(file, "zip"));
  });

  test("is left out by readColumns, which keeps whole columns as strings", async () => {
    const file = write("small.csv", "id,x\na,1\nb,2\n");
    const table = await readColumns(file, { byteColumns: ["id"] });
    expect([...table.columns.keys()]).toEqual(["x"]);
  });
});

describe("a column read as bytes in a read that refills its batches (reuseBatches)", () => {
  /** Every row as one line of text, copied out before the next batch is asked for. */
  async function copied(file: string, options: ReadOptions, names: readonly string[]) {
    const out: string[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const [bytesColumn] = options.byteColumns ?? [];
    for await (const batch of readBatches(file, options)) {
      const text = cells([batch], bytesColumn!);
      for (let i = 0; i < batch.length; i++) {
        const row = names.map((name) => cellValue(batch.columns.get(name)!, i));
        out.push([...row, text[i], batch.lineNumbers[i]].join("|"));
      }
      buffers.add(batch.byteColumns!.get(bytesColumn!)!.starts.buffer);
    }
    return { out, buffers: buffers.size };
  }

  test("gives a consumer that copies each batch the cells of a read that allocates every batch", async () => {
    // Some 9 MB: past two 4 MiB reads from disk, so that later batches refill earlier ones.
    const lines = ["n,x,g,k"];
    for (let i = 0; i < 300_000; i++) lines.push(`${i},${(i * 0.37) % 11},g${i % 7},key-${i}`);
    const file = write("reuse.csv", lines.join("\n"));
    const options: ReadOptions = { batchSize: 4096, byteColumns: ["k"] };
    const fresh = await copied(file, options, ["n", "x", "g"]);
    const reused = await copied(file, { ...options, reuseBatches: true }, ["n", "x", "g"]);
    expect(reused.out.length).toBe(300_000);
    expect(reused.out).toEqual(fresh.out);
    expect(reused.buffers).toBeLessThan(fresh.buffers);
  });

  test("refills one batch's cells over and over when each batch is handed out as it fills (Parquet)", async () => {
    const file = `${fixtures}table-zstd.parquet`;
    const options: ReadOptions = { batchSize: 5, byteColumns: ["zip"] };
    const fresh = await copied(file, options, ["id", "score", "city"]);
    const reused = await copied(file, { ...options, reuseBatches: true }, ["id", "score", "city"]);
    expect(reused.out).toEqual(fresh.out);
    expect(fresh.buffers).toBe(10);
    expect(reused.buffers).toBe(1);
  });
});
