// The thread that reads CSV and JSONL files while the caller's thread works on the batches
// (see read-in-worker.ts): it posts each batch, and stays at most two batches ahead.
import { parentPort, workerData } from "node:worker_threads";
import {
  BatchPacker,
  buffersOf,
  describeError,
  type BatchDone,
  type InvalidCell,
  type ReadMessage,
} from "./batch-transfer.js";
import { readCsvFile } from "./read-csv.js";
import { readFiles } from "./read-files.js";
import { readJsonlFile } from "./read-jsonl.js";
import type { WorkerRequest } from "./read-in-worker.js";

const port = parentPort!;
const { files, options, reportsInvalid } = workerData as WorkerRequest;
const packer = new BatchPacker();
const invalid: InvalidCell[] = [];
let ahead = 0;
let resume: (() => void) | undefined;

port.on("message", ({ buffers }: BatchDone) => {
  packer.giveBack(buffers);
  ahead--;
  resume?.();
  resume = undefined;
});

const post = (message: ReadMessage): void => port.postMessage(message, buffersOf(message));

try {
  const read = readFiles(
    files,
    {
      ...options,
      // Every batch is copied out before the next is read: the reader's own arrays are refilled.
      reuseBatches: true,
      ...(reportsInvalid && {
        onInvalidCell: (column, line, text, row) => invalid.push([column, line, text, row]),
      }),
    },
    { csv: readCsvFile, jsonl: readJsonlFile },
  );
  for await (const batch of read) {
    while (ahead >= 2) await new Promise<void>((resolve) => (resume = resolve));
    ahead++;
    post(packer.pack(batch, invalid.splice(0)));
  }
  post({ kind: "end", invalid: invalid.splice(0) });
} catch (error) {
  post({ kind: "error", invalid: invalid.splice(0), error: describeError(error) });
}
port.close();
