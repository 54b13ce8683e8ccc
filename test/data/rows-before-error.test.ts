import { describe, expect, it } from "vitest";
import { cellValue, DataError, readBatches, type Batch, type ReadOptions } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

const file = scratchFolder();

/** The good rows: the file's first five, the sixth is bad in its last column. */
const GOOD = [
  { id: 1, city: "Oslo", score: 0.5 },
  { id: 2, city: "Bergen", score: 0.25 },
  { id: 3, city: "Oslo", score: 1 },
  { id: 4, city: "Bergen", score: 0 },
  { id: 5, city: "Oslo", score: 0.75 },
];

/** Each row yielded before the read stopped, copied out as the batch arrives, and the error. */
async function readUntilError(path: string, options: ReadOptions) {
  const rows: Record<string, unknown>[] = [];
  const lines: number[] = [];
  let error: unknown;
  try {
    for await (const batch of readBatches(path, { reuseBatches: true, ...options })) {
      rows.push(...rowsOf(batch));
      lines.push(...batch.lineNumbers);
    }
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(DataError);
  return { rows, lines, error: error as DataError };
}

function rowsOf(batch: Batch): Record<string, unknown>[] {
  return Array.from({ length: batch.length }, (_, row) =>
    Object.fromEntries([...batch.columns].map(([name, column]) => [name, cellValue(column, row)])),
  );
}

// Typing starts after two rows, and batches hold two: the rows before the bad one come in
// batches completed while reading, and in the one in progress when the read stops.
const SMALL_BATCHES: ReadOptions = { inferRows: 2, batchSize: 2 };

describe("the batches a read yields before the error that stops it", () => {
  it("hold exactly the CSV rows before the bad one, none of the bad row's cells", async () => {
    const csv = [
      "id,city,score",
      ...GOOD.map((r) => `${r.id},${r.city},${r.score}`),
      "6,Tromsø,high",
      "7,Oslo,0.5",
    ].join("\n");
    const { rows, lines, error } = await readUntilError(file("d.csv", csv), SMALL_BATCHES);
    expect(rows).toEqual(GOOD);
    expect(lines).toEqual([2, 3, 4, 5, 6]);
    expect(error).toMatchObject({
      lineNumber: 7,
      problem: `column 'score' (numeric): "high" is not a number`,
    });
  });

  it("hold exactly the JSON lines before the bad one", async () => {
    const jsonl = [
      ...GOOD.map((r) => JSON.stringify(r)),
      '{"id": 6, "city": "Tromsø", "score": "high"}',
      '{"id": 7, "city": "Oslo", "score": 0.5}',
    ].join("\n");
    const { rows, lines, error } = await readUntilError(file("d.jsonl", jsonl), SMALL_BATCHES);
    expect(rows).toEqual(GOOD);
    expect(lines).toEqual([1, 2, 3, 4, 5]);
    expect(error).toMatchObject({
      lineNumber: 6,
      problem: `key 'score' (numeric): "high" is not a number`,
    });
  });

  it("are none, and the error is still the one that stopped the read, where typing the rows kept fails", async () => {
    // Read before typing starts: the short row stops the read, and typing the rows kept
    // would fail on the declared number; the short row is still the error told.
    const schema = { fields: [{ name: "score", type: "number" as const }] };
    const csv = "id,city,score\n1,Oslo,0.5\n2,Bergen,high\n3,Oslo\n";
    const { rows, error } = await readUntilError(file("short.csv", csv), { schema });
    expect(rows).toEqual([]);
    expect(error).toMatchObject({
      lineNumber: 4,
      problem: "this row has 2 fields, the header has 3",
    });

    const jsonl = '{"id": 1, "score": 0.5}\n{"id": 2, "score": "high"}\n{"id": 3,\n';
    const json = await readUntilError(file("cut.jsonl", jsonl), { schema });
    expect(json.rows).toEqual([]);
    expect(json.error.lineNumber).toBe(3);
    expect(json.error.problem).toMatch(/^invalid JSON: /);
  });
});
