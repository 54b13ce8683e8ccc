/**
 * Giving a large array's memory back the moment it is no longer needed. V8 frees an array
 * buffer's memory only when a garbage collection finds it unreachable, and the memory of array
 * buffers alone starts a full collection only once it has grown by some 64 MB, so that the
 * scratch arrays of a computation on a million rows pile up in the peak memory. Transferring
 * the buffer to one of length 0 (`ArrayBuffer.prototype.transfer`, Node 21 on) frees it at once;
 * where the runtime lacks it (Node 20), the collector frees it in its own time.
 */
const transfer = (
  ArrayBuffer.prototype as { transfer?: (this: ArrayBuffer, length: number) => ArrayBuffer }
).transfer;

/**
 * Frees the memory of `arrays`, each the only view of its whole buffer that anything still
 * uses: they are empty afterwards.
 */
export function releaseArrays(
  ...arrays: readonly (Float64Array | Int32Array | Uint32Array | Uint8Array | undefined)[]
): void {
  if (transfer === undefined) return;
  for (const array of arrays) {
    if (array !== undefined && array.buffer instanceof ArrayBuffer) transfer.call(array.buffer, 0);
  }
}

/**
 * `room` where it has 8 bytes for each of `count` values, else a new room in its place, the old
 * one freed: a buffer that samples are sorted into one after the other, grown to the longest.
 */
export function roomOf(room: ArrayBuffer, count: number): ArrayBuffer {
  if (room.byteLength >= 8 * count) return room;
  releaseArrays(new Uint8Array(room));
  return new ArrayBuffer(8 * count);
}
