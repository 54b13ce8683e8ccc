import { groupDigits } from "./group-digits.js";

/** A count and its noun, singular for one: `1 row`, `2,000 rows`, `1 class`, `3 classes`. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${groupDigits(n)} ${n === 1 ? noun : plural}`;
}
