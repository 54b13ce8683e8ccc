/**
 * A line break as YAML and editors count one: `\r\n`, `\n`, or a lone `\r` (as old Mac editors
 * save), each one break.
 */
const LINE_BREAK = /\r\n?|\n/g;

/** Where each line of `text` starts: 0, then after each line break. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const found of text.matchAll(LINE_BREAK)) starts.push(found.index + found[0].length);
  return starts;
}

/**
 * The 1-based line of `text` on which `position` stands, and where that line starts. A break
 * belongs to the line it ends: the `\n` of a `\r\n` stands on the line before it.
 */
export function lineAround(text: string, position: number): { line: number; start: number } {
  let line = 1;
  let start = 0;
  for (const found of text.matchAll(LINE_BREAK)) {
    const end = found.index + found[0].length;
    if (end > position) break;
    line++;
    start = end;
  }
  return { line, start };
}
