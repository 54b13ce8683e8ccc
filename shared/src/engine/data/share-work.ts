import { existsSync } from "node:fs";
import { setImmediate } from "node:timers/promises";
import { Worker, type MessagePort } from "node:worker_threads";
import { describeError, errorFrom, type ErrorMessage } from "./batch-transfer.js";
import { THREAD_YOUNG_MB } from "./thread-limits.js";

/**
 * Work of many items (a comparison's columns) that this thread and one thread more can share.
 * Both run the same computation, so the results are the same whichever thread did an item.
 */
export interface SharedWork<Item, Result> {
  readonly items: readonly Item[];
  /** Whether the other thread may take an item: only those whose inputs can be handed over. */
  readonly shareable: (item: Item, index: number) => boolean;
  /** Does an item on this thread. */
  readonly here: (item: Item, index: number) => Result;
  /**
   * An item as the other thread's script takes it (`serveWork`), and the buffers that go with
   * it, transferred: the item gives them up.
   */
  readonly handOver: (item: Item, index: number) => { job: unknown; transfer: ArrayBuffer[] };
}

/** What the other thread posts back for a job: its result, or what stopped it. */
type WorkOutcome<Result> =
  | { readonly index: number; readonly result: Result }
  | { readonly index: number; readonly error: ErrorMessage };

/** A job as the other thread's script receives it: the handed-over item and its place. */
interface WorkJob {
  readonly index: number;
  readonly job: unknown;
}

/** A job taken for the other thread: its place, the message and what is transferred with it. */
interface TakenJob extends WorkJob {
  readonly transfer: ArrayBuffer[];
}

/**
 * Does every item: this thread from the first on and, where `script` is given and exists (a
 * built script: from source there is none), a thread running it from the last shareable item
 * back, until the two meet. The results are in the items' order. A failure ends the work as it
 * ends one thread doing the items in order: the first item that fails throws its error, and no
 * item after it is begun. `data` is the other thread's `workerData`.
 */
export async function shareWork<Item, Result>(
  work: SharedWork<Item, Result>,
  script: URL | undefined,
  data: unknown,
): Promise<Result[]> {
  const { items } = work;
  const results = new Array<Result>(items.length);
  const claimed = new Uint8Array(items.length);
  let failed: { index: number; error: unknown } | undefined;
  const fail = (index: number, error: unknown) => {
    if (failed === undefined || index < failed.index) failed = { index, error };
  };
  const shareable = items.flatMap((item, i) => (work.shareable(item, i) ? [i] : []));
  // The next shareable item from the last back: none this thread has come to, none after a
  // failure, and none taken ahead of the other thread's present one unless one more is left
  // for this thread (else two items would both go there while this thread waits).
  const take = (ahead: boolean): TakenJob | undefined => {
    const i = shareable.at(-1);
    if (i === undefined || claimed[i] || (failed !== undefined && i > failed.index)) return;
    const below = shareable.at(-2);
    if (ahead && (below === undefined || claimed[below])) return;
    shareable.pop();
    claimed[i] = 1;
    return { index: i, ...work.handOver(items[i]!, i) };
  };
  const helper =
    script !== undefined && shareable.length > 1 && existsSync(script)
      ? HelperThread.start<Result>(script, data, take, (outcome) => {
          if ("error" in outcome) fail(outcome.index, errorFrom(outcome.error));
          else results[outcome.index] = outcome.result;
        })
      : undefined;
  for (const [index, item] of items.entries()) {
    if (helper) {
      // The other thread's messages come in between items.
      await setImmediate();
      if (helper.broken) break;
    }
    if (failed !== undefined && index > failed.index) break;
    if (claimed[index]) continue;
    claimed[index] = 1;
    try {
      results[index] = work.here(item, index);
    } catch (error) {
      fail(index, error);
      break;
    }
  }
  // A failure here comes before every item the other thread has: its jobs no longer matter.
  const failedHere = failed !== undefined && !helper?.took(failed.index);
  const broke = await helper?.finished(failedHere);
  if (failed !== undefined) throw failed.error;
  if (broke !== undefined) throw broke;
  return results;
}

/**
 * Serves a thread started by `shareWork` (its script calls it once): `work` does each job handed
 * over, and its result, or failure, is posted back.
 */
export function serveWork<Result>(port: MessagePort, work: (job: unknown) => Result): void {
  port.on("message", ({ index, job }: WorkJob) => {
    let outcome: WorkOutcome<Result>;
    try {
      outcome = { index, result: work(job) };
    } catch (error) {
      outcome = { index, error: describeError(error) };
    }
    port.postMessage(outcome);
  });
  // A job that cannot be read fails the thread, which the caller's side hears of.
  port.on("messageerror", (error) => {
    throw error;
  });
}

/**
 * The other thread, given the jobs `take` hands out, two at a time where there are enough, so
 * that it never waits on this thread's turn between items to get the next one; `settle` takes
 * each outcome.
 */
class HelperThread<Result> {
  /** The thread failed (an error, a message it could not read, an exit): no more jobs. */
  broken = false;
  private failure: unknown;
  private ending = false;
  private inFlight = 0;
  private readonly handed = new Set<number>();
  private readonly done: Promise<void>;
  private settled!: () => void;

  /** Starts the thread and hands it its first jobs; stops it again if handing them over fails. */
  static start<Result>(
    script: URL,
    data: unknown,
    take: (ahead: boolean) => TakenJob | undefined,
    settle: (outcome: WorkOutcome<Result>) => void,
  ): HelperThread<Result> {
    // Its inputs and outputs are arrays outside the heap, as the reading thread's are.
    const worker = new Worker(script, {
      workerData: data,
      resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_MB },
    });
    const thread = new HelperThread(worker, take, settle);
    try {
      thread.post();
      thread.post();
    } catch (error) {
      void worker.terminate();
      throw error;
    }
    return thread;
  }

  private constructor(
    private readonly worker: Worker,
    private readonly take: (ahead: boolean) => TakenJob | undefined,
    settle: (outcome: WorkOutcome<Result>) => void,
  ) {
    this.done = new Promise((resolve) => (this.settled = resolve));
    worker.on("message", (outcome: WorkOutcome<Result>) => {
      this.inFlight--;
      settle(outcome);
      try {
        this.post();
        this.post();
      } catch (error) {
        this.stop(error);
      }
      if (this.inFlight === 0) this.settled();
    });
    worker.on("error", (error) => this.stop(error));
    worker.on("messageerror", (error) => this.stop(error));
    worker.on("exit", (code) => this.stop(new Error(`a working thread stopped (${code})`)));
  }

  /** Whether the thread was handed the item at `index`. */
  took(index: number): boolean {
    return this.handed.has(index);
  }

  /** Hands the thread the next job, if there is one and it has fewer than two. */
  private post(): void {
    if (this.inFlight >= 2 || this.broken) return;
    const taken = this.take(this.inFlight > 0);
    if (taken === undefined) return;
    this.inFlight++;
    this.handed.add(taken.index);
    const job: WorkJob = { index: taken.index, job: taken.job };
    this.worker.postMessage(job, taken.transfer);
  }

  private stop(error: unknown): void {
    if (this.broken || this.ending) return;
    this.broken = true;
    this.failure = error;
    this.settled();
  }

  /**
   * Stops the thread once the jobs it has are done, or at once when their results no longer
   * matter (`abandon`: an earlier item failed); returns what broke the thread, if anything did.
   */
  async finished(abandon: boolean): Promise<unknown> {
    if (!abandon) await this.done;
    this.ending = true;
    await this.worker.terminate();
    return this.failure;
  }
}
