// The thread that reads CSV and JSONL files while the caller's thread works on the batches
// (see read-in-worker.ts): it posts each batch, and stays at most two batches ahead.
import { parentPort } from "node:worker_threads";
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
import { detachEarly } from "../detach-early.js";
import { onThreadData } from "./early-thread.js";
import type { ReadContext } from "./read-context.js";
import { readCsvFile } from "./read-csv.js";
import { readFiles } from "./read-files.js";
import { readJsonlFile } from "./read-jsonl.js";
import type { WorkerRequest } from "./read-in-worker.js";

const port = parentPort!;
detachEarly();

onThreadData<WorkerRequest>(({ files, options, reportsInvalid, reportsDigests }) => {
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

  const post = (message: ReadMessage): void => port.postMessage(message, buffersOf(message));

  void (async () => {
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
  })();

  // The caller gives each batch's arrays back once it is done with it.
  return (message) => {
    const { buffers } = message as BatchDone;
    const given = posted.shift()!;
    if (buffers.length > 0) context.typing?.recycle(givenBack(given, buffers));
    resume?.();
    resume = undefined;
  };
});
