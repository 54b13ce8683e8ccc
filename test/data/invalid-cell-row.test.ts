import { describe, expect, test } from "vitest";
import { readBatches, type Batch } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";

const write = scratchFolder();

/** The batch that holds dataset row `row`, and the row's index in it. */
function locate(batches: readonly Batch[], row: number): [Batch, number] {
  const batch = batches.find((b) => row >= b.rowOffset && row < b.rowOffset + b.length)!;
  return [batch, row - batch.rowOffset];
}

describe("onInvalidCell gives the row's index in the whole read", () => {
  test.each([
    ["csv", "a\n1\nx\n3\n", "a\ny\n5\nz\n"],
    ["jsonl", '{"a":1}\n{"a":"x"}\n{"a":3}\n', '{"a":"y"}\n{"a":5}\n{"a":"z"}\n'],
  ])("which finds the bad cell's file and line in the batches (%s)", async (format, one, two) => {
    const files = [write(`one.${format}`, one), write(`two.${format}`, two)];
    const seen: { line: number; text: string; row: number }[] = [];
    const batches = await collect(
      readBatches(files, {
        schema: { fields: [{ name: "a", type: "integer" }] },
        batchSize: 2,
        onInvalidCell: (_, line, text, row) => seen.push({ line, text, row }),
      }),
    );
    expect(seen.map((cell) => cell.row)).toEqual([1, 3, 5]);
    for (const cell of seen) {
      const [batch, i] = locate(batches, cell.row);
      expect(batch.lineNumbers[i]).toBe(cell.line);
      expect(batch.file).toBe(cell.text === "x" ? files[0] : files[1]);
    }
  });
});
