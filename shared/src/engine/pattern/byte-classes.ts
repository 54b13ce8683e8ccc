import { ASCII_COUNT, type AsciiSet } from "./ascii-set.js";

/**
 * The coarsest partition of the ASCII bytes that no set splits: two bytes share a class when every
 * set holds both or neither, so the DFA moves alike on them and computes one transition per class,
 * not per byte. `U[0-9]{7}` has three classes: `U`, the digits, and everything else.
 */
export interface ByteClasses {
  /** The class of each byte, `0 .. count - 1`. */
  readonly classOf: Uint8Array;
  readonly count: number;
}

/** The byte classes of `sets`: each set refines the partition so far into members and others. */
export function byteClasses(sets: readonly AsciiSet[]): ByteClasses {
  const classOf = new Uint8Array(ASCII_COUNT);
  let count = 1;
  // The new class of (old class, membership), as 2 * class + membership; -1 until seen.
  const renamed = new Int16Array(2 * ASCII_COUNT);
  for (const set of sets) {
    renamed.fill(-1);
    let next = 0;
    for (let b = 0; b < ASCII_COUNT; b++) {
      const key = 2 * classOf[b]! + set[b]!;
      if (renamed[key] === -1) renamed[key] = next++;
      classOf[b] = renamed[key]!;
    }
    count = next;
  }
  return { classOf, count };
}
