import { StringDictionary } from "../../engine/data/string-dictionary.js";
import { grown } from "../../engine/data/typed-arrays.js";

/** Cells over which the cache counts the values it had not seen. */
const WINDOW = 4096;
/** The most windows the cache stands aside for at a time. */
const MAX_PAUSE = 16;

/**
 * The verdicts of a batch's cells per distinct value, looked up by the cells' bytes (no string
 * kept), for checks that cost far more than a lookup (a regular expression). A text column may
 * repeat its values or not: over each window of cells the cache counts the values new to it,
 * and when nearly all are new (ids, emails) it stands aside, the cells judged as they come, for
 * one window, then two, four... up to sixteen while its looks find nothing, and for one again
 * after a look that finds repeats. On all-distinct values it then looks at about one cell in
 * seventeen; on values in an order that repeats only after a while, it looks again soon.
 */
export class VerdictCache {
  private readonly seen = new StringDictionary();
  private verdicts = new Uint32Array(64);
  private looked = 0;
  private fresh = 0;
  /** Cells left to judge without the cache, and the windows of the next pause. */
  private paused = 0;
  private pause = 1;

  constructor(private readonly judge: (bytes: Buffer, start: number, end: number) => number) {}

  /** Forgets the values of the last batch (a pause goes on). */
  clear(): void {
    this.seen.clear();
    this.looked = this.fresh = 0;
  }

  /** The verdict of the cell `bytes[start, end)`. */
  verdict(bytes: Buffer, start: number, end: number): number {
    if (this.paused > 0) {
      this.paused--;
      return this.judge(bytes, start, end);
    }
    const known = this.seen.values.length;
    const code = this.seen.codeOfKey(bytes, start, end);
    let bits: number;
    if (code < known) bits = this.verdicts[code]!;
    else {
      this.fresh++;
      if (code === this.verdicts.length) this.verdicts = grown(this.verdicts, code + 1);
      bits = this.verdicts[code] = this.judge(bytes, start, end);
    }
    if (++this.looked === WINDOW) this.endWindow();
    return bits;
  }

  private endWindow(): void {
    if (this.fresh * 8 > WINDOW * 7) {
      this.paused = this.pause * WINDOW;
      this.pause = Math.min(this.pause * 2, MAX_PAUSE);
    } else this.pause = 1;
    this.looked = this.fresh = 0;
  }
}
