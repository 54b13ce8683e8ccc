import type { Batch } from "../../engine/data/batch.js";

/**
 * A read started before anyone iterates it: its first batch is asked for at once, so that a
 * read on a thread of its own starts its thread and reads ahead while the caller finishes other
 * work. Iterated once; `stop` ends a read that will not be.
 */
export class EarlyRead implements AsyncIterable<Batch> {
  private readonly iterator: AsyncIterator<Batch>;
  private readonly first: Promise<IteratorResult<Batch>>;

  constructor(batches: AsyncIterable<Batch>) {
    this.iterator = batches[Symbol.asyncIterator]();
    this.first = this.iterator.next();
    // A failure reaches whoever iterates; should no one, it goes with the read.
    this.first.catch(() => {});
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Batch> {
    try {
      let next = await this.first;
      while (!next.done) {
        yield next.value;
        next = await this.iterator.next();
      }
    } finally {
      await this.stop();
    }
  }

  /**
   * The columns of the read's first batch (a read without rows names them too), known before
   * the rest is read.
   */
  async columns(): Promise<readonly string[]> {
    const first = await this.first;
    return first.done ? [] : first.value.names;
  }

  /** Stops the read (after the batch being read, if any), closing its thread. */
  async stop(): Promise<void> {
    await this.iterator.return?.();
  }
}
