import { stat } from "node:fs/promises";
import type { Worker } from "node:worker_threads";
import type { Batch } from "./batch.js";
import {
  BatchUnpacker,
  buffersOf,
  errorFrom,
  type BatchDone,
  type ReadMessage,
} from "./batch-transfer.js";
import { formatOf } from "./data-format.js";
import type { ReadOptions } from "./read-options.js";
import { readerScriptExists, readerThread, WORKER_MIN_BYTES } from "./reader-thread.js";

/** What the reading thread is given: plain data only (the hooks run on the caller's side). */
export interface WorkerRequest {
  readonly files: readonly string[];
  readonly options: Omit<ReadOptions, "onInvalidCell" | "onFileDigest">;
  readonly reportsInvalid: boolean;
  readonly reportsDigests: boolean;
}

/**
 * Whether a read of `files` goes to a thread of its own (`ReadOptions.readInWorker`): CSV and
 * JSONL only (Parquet's reader decodes whole row groups, a different shape of work), and only
 * where the reader's script is there to run (from source, as in the tests, it is not).
 */
export async function readsInWorker(
  files: readonly string[],
  options: ReadOptions,
): Promise<boolean> {
  const when = options.readInWorker ?? "never";
  if (when === "never" || !readerScriptExists()) return false;
  const formats = files.map((file) => options.format ?? formatOf(file));
  if (!formats.every((format) => format === "csv" || format === "jsonl")) return false;
  if (when === "always") return true;
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return bytes >= WORKER_MIN_BYTES;
}

/**
 * Reads `files` on a thread of its own, yielding the very batches an in-thread read yields (and
 * calling `onInvalidCell` for the same cells, each before the batch holding its row): while the
 * caller works on one batch, the next is being read. The thread is stopped when the caller stops
 * asking, and never keeps the process alive while the caller holds a batch.
 */
export async function* readInWorker(
  files: readonly string[],
  options: ReadOptions,
): AsyncGenerator<Batch> {
  const { onInvalidCell, onFileDigest, ...plain } = options;
  const request: WorkerRequest = {
    files,
    options: plain,
    reportsInvalid: onInvalidCell !== undefined,
    reportsDigests: onFileDigest !== undefined,
  };
  const worker = readerThread(request);
  const inbox = new Inbox(worker);
  const unpacker = new BatchUnpacker();
  try {
    for (;;) {
      worker.ref();
      const message = await inbox.next();
      worker.unref();
      for (const cell of message.invalid) onInvalidCell?.(...cell);
      for (const digest of message.digests) onFileDigest?.(...digest);
      if (message.kind === "end") return;
      if (message.kind === "error") throw errorFrom(message.error);
      yield unpacker.unpack(message);
      // A caller that may keep its batches keeps their buffers too.
      const done: BatchDone = { buffers: options.reuseBatches ? buffersOf(message) : [] };
      worker.postMessage(done, done.buffers);
    }
  } finally {
    await worker.terminate();
  }
}

/** The reading thread's messages in order, and its failure as a message. */
class Inbox {
  private readonly queue: ReadMessage[] = [];
  private waiting: ((message: ReadMessage) => void) | undefined;

  constructor(worker: Worker) {
    worker.on("message", (message: ReadMessage) => this.push(message));
    worker.on("error", (error) =>
      this.push({
        kind: "error",
        invalid: [],
        digests: [],
        error: { kind: "bug", name: error.name, message: error.message, stack: error.stack },
      }),
    );
    worker.on("exit", (code) =>
      this.push({
        kind: "error",
        invalid: [],
        digests: [],
        error: { kind: "bug", name: "Error", message: `the reading thread stopped (${code})` },
      }),
    );
  }

  private push(message: ReadMessage): void {
    if (this.waiting === undefined) this.queue.push(message);
    else {
      this.waiting(message);
      this.waiting = undefined;
    }
  }

  next(): Promise<ReadMessage> {
    const message = this.queue.shift();
    if (message !== undefined) return Promise.resolve(message);
    return new Promise((resolve) => (this.waiting = resolve));
  }
}
