/**
 * V8 compiles code that reads typed arrays on the assumption that no array buffer of the thread
 * has ever been detached, and the first detach (a batch's buffers transferred to another
 * thread, a scratch buffer released) throws away every piece of optimised code that relied on
 * it. Happening mid-read, that is the reader's and the checks' hot loops, each compiled again
 * a moment later by a compiler that shares the same two cores. Detaching one empty buffer
 * before any of them runs makes the assumption false from the start: each loop is compiled
 * once (docs/decisions/0046).
 */
let detached = false;

/** Detaches one empty buffer, the first time it is called in a thread. */
export function detachEarly(): void {
  if (detached) return;
  detached = true;
  const buffer = new ArrayBuffer(0);
  structuredClone(buffer, { transfer: [buffer] });
}
