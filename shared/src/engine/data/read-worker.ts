// The thread that reads CSV and JSONL files while the caller's thread works on the batches
// (see read-in-worker.ts): it posts each batch, and stays at most two batches ahead.
import { parentPort, workerData } from "node:worker_threads";
import {
  BatchPacker,
  buffersOf,
  describeError,
  givenBack,
  type BatchDone,
  type BatchMessage,
  type HookCalls,
  type ReadMessage,
} from "./batch-transfer.js";
import type { ReadContext } from "./read-context.js";
import { readCsvFile } from "./read-csv.js";
import { readFiles } from "./read-files.js";
import { readJsonlFile } from "./read-jsonl.js";
import type { WorkerRequest } from "./read-in-worker.js";

const port = parentPort!;
const { files, options, reportsInvalid, reportsDigests } = workerData as WorkerRequest;
const packer = new BatchPacker();
const calls: HookCalls = { invalid: [], digests: [] };
/** The hooks' calls since the last message, taken to go with the next. */
const takeCalls = (): HookCalls => ({
  invalid: calls.invalid.splice(0),
  digests: calls.digests.splice(0),
});
/** The batches posted and not yet given back, oldest first. */
const posted: BatchMessage[] = [];
let resume: (() => void) | undefined;

const context: ReadContext = {
  options: {
    ...options,
    // A batch's arrays leave with it; they are refilled once the caller gives them back.
    reuseBatches: false,
    ...(reportsInvalid && {
      onInvalidCell: (...cell) => calls.invalid.push(cell),
    }),
    ...(reportsDigests && {
      onFileDigest: (file, sha256) => calls.digests.push([file, sha256]),
    }),
  },
};

port.on("message", ({ buffers }: BatchDone) => {
  const message = posted.shift()!;
  if (buffers.length > 0) context.typing?.recycle(givenBack(message, buffers));
  resume?.();
  resume = undefined;
});

const post = (message: ReadMessage): void => port.postMessage(message, buffersOf(message));

try {
  const read = readFiles(files, context, { csv: readCsvFile, jsonl: readJsonlFile });
  for await (const batch of read) {
    while (posted.length >= 2) await new Promise<void>((resolve) => (resume = resolve));
    const message = packer.pack(batch, takeCalls());
    posted.push(message);
    post(message);
  }
  post({ kind: "end", ...takeCalls() });
} catch (error) {
  post({ kind: "error", ...takeCalls(), error: describeError(error) });
}
port.close();
