import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { readBatches, type Batch } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const write = scratchFolder();

test("a 200,000-row file streams in batches that the reader does not keep", async () => {
  const lines = ["id,value,group,note"];
  for (let i = 0; i < 200_000; i++) lines.push(`${i},${(i * 0.37) % 101},g${i % 5},"n ${i}"`);
  const file = write("big.csv", lines.join("\n"));
  lines.length = 0;

  const released: WeakRef<Batch>[] = [];
  let rows = 0;
  let largest = 0;
  let lastId = -1;
  for await (const batch of readBatches(file, { batchSize: 10_000 })) {
    rows += batch.length;
    largest = Math.max(largest, batch.length);
    const id = batch.columns.get("id")!;
    if ("values" in id) lastId = id.values[batch.length - 1]!;
    released.push(new WeakRef(batch));
  }
  expect(rows).toBe(200_000);
  expect(largest).toBe(10_000);
  expect(lastId).toBe(199_999);

  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  // At most the last batch may still be referenced by the loop's own frame.
  const alive = released.filter((ref) => ref.deref() !== undefined).length;
  expect(released.length).toBe(20);
  expect(alive).toBeLessThanOrEqual(1);
});
