// The reading thread runs the built reader (shared/dist), as the bundles do: from source there is
// no script for a thread to run, and reads stay on the caller's thread.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  cellValue,
  DataError,
  readBatches,
  type Batch,
  type ReadOptions,
} from "../../shared/dist/engine/data/index.js";
import { readsInWorker } from "../../shared/dist/engine/data/read-in-worker.js";
import { startReaderEarly, WORKER_MIN_BYTES } from "../../shared/dist/engine/data/reader-thread.js";
import { startActionReaderEarly } from "../../shared/dist/interface/early-reader.js";
import { collect, scratchFolder } from "./temp-files.js";

const file = scratchFolder();

/** Everything a caller can see of a batch, copied out before the next one is asked for. */
function seen(batch: Batch) {
  const columns = batch.names.map((name) => {
    const column = batch.columns.get(name) ?? batch.byteColumns!.get(name)!;
    return {
      name,
      type: column.type,
      kind: "bytes" in column ? "bytes" : "values" in column ? "numbers" : "codes",
      dictionary: "dictionary" in column ? [...column.dictionary] : undefined,
      cells: Array.from({ length: batch.length }, (_, row) => cellValue(column, row)),
    };
  });
  const { file, length, rowOffset, fileBytesRead } = batch;
  const lines = Array.from(batch.lineNumbers);
  const byteColumns = batch.byteColumns === undefined ? undefined : [...batch.byteColumns.keys()];
  return { file, length, rowOffset, fileBytesRead, lines, byteColumns, columns };
}

/** A read's batches and its invalid cells, each cell with the number of batches before it. */
async function read(path: string | string[], options: ReadOptions) {
  const batches: ReturnType<typeof seen>[] = [];
  const invalid: unknown[] = [];
  const onInvalidCell = (column: string, line: number, text: string, row: number) =>
    invalid.push({ column, line, text, row, batchesBefore: batches.length });
  for await (const batch of readBatches(path, { ...options, onInvalidCell })) {
    batches.push(seen(batch));
  }
  return { batches, invalid };
}

const rows = Array.from({ length: 5_000 }, (_, i) =>
  [
    i % 7 === 0 ? "" : (i * 0.25).toFixed(2),
    ["red", "green", "blue", "teal"][i % 4]! + (i > 3_000 ? i % 9 : ""),
    `id-${i}`,
    i === 1_234 ? "not a date" : `2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
    i % 2 === 0 ? "true" : "false",
  ].join(","),
);
const csvText = ["x,colour,id,day,flag", ...rows].join("\n") + "\n";
const csv = file("table.csv", csvText);
const schema = {
  fields: [
    { name: "day", type: "date" as const },
    { name: "colour", type: "string" as const, categories: undefined },
  ],
};

describe("a read on a thread of its own", () => {
  for (const reuseBatches of [true, false]) {
    test(`yields the batches and invalid cells of a read on the caller's thread (reuseBatches: ${reuseBatches})`, async () => {
      const options: ReadOptions = {
        batchSize: 700,
        reuseBatches,
        textAsBytes: true,
        schema: { fields: [schema.fields[0]!] },
      };
      const here = await read(csv, { ...options, readInWorker: "never" });
      const there = await read(csv, { ...options, readInWorker: "always" });
      expect(there).toEqual(here);
      // The categorical column's dictionary grew after the first batches, and crossed whole.
      const colours = here.batches.at(-1)!.columns[1]!;
      expect(colours.kind).toBe("codes");
      expect(colours.dictionary!.length).toBeGreaterThan(4);
      // Reported before the batch holding its row (the second) is handed out.
      expect(here.invalid).toEqual([
        { column: "day", line: 1_236, text: "not a date", row: 1_234, batchesBefore: 0 },
      ]);
    });
  }

  test("reads text as strings, JSONL and gzip the same way", async () => {
    const jsonl = file(
      "table.jsonl",
      rows
        .slice(0, 2_000)
        .map((row) => JSON.stringify({ x: Number(row.split(",")[0]) || null, id: row }))
        .join("\n"),
    );
    const gz = file("table.csv.gz", gzipSync(csvText));
    for (const path of [jsonl, gz, [csv, csv]]) {
      const options: ReadOptions = { batchSize: 512, textColumns: ["id"] };
      expect(await read(path, { ...options, readInWorker: "always" })).toEqual(
        await read(path, { ...options, readInWorker: "never" }),
      );
    }
  });

  test("tells the JSON Lines keys no line has, as a read on the caller's thread does", async () => {
    const jsonl = file("keys.jsonl", '{"x": 1}\n{"x": 2, "late": 3}\n');
    const fields = ["x", "late", "gone"].map((name) => ({ name }));
    const absent = async (readInWorker: ReadOptions["readInWorker"]) => {
      const keys: (readonly string[] | undefined)[] = [];
      const options: ReadOptions = { schema: { fields }, batchSize: 1, readInWorker };
      for await (const batch of readBatches(jsonl, options)) keys.push(batch.absentKeys);
      return keys;
    };
    expect(await absent("always")).toEqual([["late", "gone"], ["gone"]]);
    expect(await absent("never")).toEqual([["late", "gone"], ["gone"]]);
  });

  test("tells the JSON Lines keys first seen after the rows typed, as on the caller's thread", async () => {
    const jsonl = file("late.jsonl", '{"x": 1}\n{"x": 2, "late": 3}\n');
    const late = async (readInWorker: ReadOptions["readInWorker"]) => {
      const options: ReadOptions = { inferRows: 1, batchSize: 1, readInWorker };
      return (await collect(readBatches(jsonl, options))).map((batch) => batch.lateKeys);
    };
    const expected = [undefined, [{ name: "late", file: jsonl, line: 2 }]];
    expect(await late("always")).toEqual(expected);
    expect(await late("never")).toEqual(expected);
  });

  test("stops with the reader's DataError, its file, line and column, after the cells before it", async () => {
    const ragged = file("ragged.csv", `${csvText}1,red,id,2024-01-01\n`);
    const failed = async (readInWorker: ReadOptions["readInWorker"]) => {
      const invalid: number[] = [];
      // Types are settled on the first 1,000 rows: the ragged row is met while typing cells.
      const batches = readBatches(ragged, {
        readInWorker,
        schema,
        inferRows: 1_000,
        onInvalidCell: (_column, line) => invalid.push(line),
      });
      const error = await (async () => {
        for await (const batch of batches) void batch;
      })().catch((e: unknown) => e);
      return { error, invalid };
    };
    const { error, invalid } = await failed("always");
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      `${ragged}:5002: this row has 4 fields, the header has 5`,
    );
    expect((error as DataError).lineNumber).toBe(5_002);
    expect(invalid).toEqual([1_236]);
    expect(await failed("never")).toEqual({ error, invalid });
  });

  test("hands over each file's sha256 once its last byte is read, before the batch of its last rows", async () => {
    const gz = file("digest.csv.gz", gzipSync(csvText));
    const jsonl = file("digest.jsonl", '{"x": 1}\n{"x": 2}\n');
    const sha256sum = (path: string) =>
      createHash("sha256").update(readFileSync(path)).digest("hex");
    for (const readInWorker of ["never", "always"] as const) {
      // What the caller sees, in order: each batch's file, and each digest.
      const seenInOrder: string[] = [];
      const digests = new Map<string, string>();
      const onFileDigest = (path: string, sha256: string) => {
        seenInOrder.push(`digest ${path}`);
        digests.set(path, sha256);
      };
      const options = { readInWorker, batchSize: 2_048, onFileDigest };
      for await (const batch of readBatches([csv, gz, jsonl], options)) {
        seenInOrder.push(`batch ${batch.file}`);
      }
      // The gzip file's digest is of its bytes as stored, as sha256sum prints it.
      expect(digests).toEqual(new Map([csv, gz, jsonl].map((path) => [path, sha256sum(path)])));
      // Each digest comes after the previous file's batches and before its own file's last.
      let previousLast = -1;
      for (const path of [csv, gz, jsonl]) {
        const told = seenInOrder.indexOf(`digest ${path}`);
        const last = seenInOrder.lastIndexOf(`batch ${path}`);
        expect(told).toBeGreaterThan(previousLast);
        expect(told).toBeLessThan(last);
        previousLast = last;
      }
    }
  });

  test("hands over no digest of a file whose read stops before its last byte", async () => {
    // Four reads' worth of rows after the ragged one: the read stops before it gets to them.
    const stops = file("stops.csv", `x,y\n1,2\n3\n${"4,5\n".repeat(1_000_000)}`);
    for (const readInWorker of ["never", "always"] as const) {
      const told: string[] = [];
      const read = readBatches(stops, { readInWorker, onFileDigest: (path) => told.push(path) });
      await expect(collect(read)).rejects.toThrow(DataError);
      expect(told).toEqual([]);
    }
  });

  test("is stopped when the caller stops asking, and a read after it starts afresh", async () => {
    for await (const batch of readBatches(csv, { readInWorker: "always", batchSize: 100 })) {
      expect(batch.length).toBe(100);
      break;
    }
    let rows = 0;
    for await (const batch of readBatches(csv, { readInWorker: "always" })) rows += batch.length;
    expect(rows).toBe(5_000);
  });
});

describe("which reads go to a thread", () => {
  const large = file("large.csv", Buffer.alloc(WORKER_MIN_BYTES, "1\n"));
  const small = file("small.csv", "a\n1\n");

  test('"large": CSV and JSONL of 16 MiB or more, over all the files', async () => {
    expect(await readsInWorker([large], { readInWorker: "large" })).toBe(true);
    expect(await readsInWorker([small], { readInWorker: "large" })).toBe(false);
    expect(await readsInWorker([large], {})).toBe(false);
    expect(await readsInWorker([small], { readInWorker: "always" })).toBe(true);
  });

  test("never Parquet", async () => {
    const parquet = file("t.parquet", "PAR1");
    expect(await readsInWorker([large, parquet], { readInWorker: "always" })).toBe(false);
  });
});

describe("a reading thread started before the read", () => {
  const large = file("early.csv", Buffer.alloc(WORKER_MIN_BYTES, "1\n"));
  const folder = dirname(large);

  test("starts for a CSV or JSON Lines file of 16 MiB or more, and one at a time", () => {
    expect(startReaderEarly("small.csv", dirname(csv))).toBe(false);
    expect(startReaderEarly(undefined, folder)).toBe(false);
    expect(startReaderEarly("absent.csv", folder)).toBe(false);
    // A path that cannot be looked at is left to the read, which names the problem.
    expect(startReaderEarly("early.csv/x.csv", folder)).toBe(false);
    expect(startReaderEarly("bad\u0000.csv", folder)).toBe(false);
    expect(startReaderEarly("early.csv", folder)).toBe(true);
    // One waits already: the next read takes it.
    expect(startReaderEarly("early.csv", folder)).toBe(false);
  });

  test("is taken by the next read, which yields what a read on the caller's thread yields", async () => {
    startReaderEarly("early.csv", folder);
    const options: ReadOptions = { batchSize: 700, textAsBytes: true };
    const there = await read(csv, { ...options, readInWorker: "always" });
    // Taken: another may start.
    expect(startReaderEarly("early.csv", folder)).toBe(true);
    expect(there).toEqual(await read(csv, { ...options, readInWorker: "never" }));
  });

  test("starts for the input an action reads first, its value trimmed as inputs are, in either host", async () => {
    const inputs: Record<string, string> = { data: " early.csv\n", current: "early.csv" };
    const valueOf = (input: string) => inputs[input];
    const options: ReadOptions = { batchSize: 700, readInWorker: "always" };
    // A read takes a thread another test left waiting.
    await read(csv, options);
    expect(startActionReaderEarly("eval-gate", valueOf, folder)).toBe(false);
    expect(startActionReaderEarly("validate-data", valueOf, folder)).toBe(true);
    await read(csv, options);
    expect(startActionReaderEarly("drift-check", valueOf, folder)).toBe(true);
    await read(csv, options);
    expect(startActionReaderEarly("drift-check", () => undefined, folder)).toBe(false);
  });

  test("neither starts for Parquet nor keeps a command that never reads from ending", () => {
    const parquet = file("early.parquet", Buffer.alloc(WORKER_MIN_BYTES, "1"));
    const module = new URL("../../shared/dist/engine/data/reader-thread.js", import.meta.url);
    const script = `const { startReaderEarly } = await import(${JSON.stringify(module.href)});
      if (startReaderEarly(${JSON.stringify(parquet)}, "/")) process.exit(3);
      if (!startReaderEarly(${JSON.stringify(large)}, "/")) process.exit(4);`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
