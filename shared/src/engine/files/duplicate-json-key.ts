/** The index of the quote that closes the JSON string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i;
}

/** Whether the first character from `from` on that is not JSON whitespace is a colon. */
function colonFollows(text: string, from: number): boolean {
  let i = from;
  while (text[i] === " " || text[i] === "\t" || text[i] === "\r" || text[i] === "\n") i++;
  return text[i] === ":";
}

/**
 * The first key that appears twice in one object of a JSON text, and its line, or undefined.
 * JSON.parse keeps the last of them without a word. The text must parse: the scan then only
 * tells strings, brackets and line breaks apart (a string holds no raw line break), and a
 * string followed by a colon is a key.
 */
export function duplicateJsonKey(text: string): { key: string; line: number } | undefined {
  // Per bracket open: an object's keys so far, or undefined for an array.
  const open: (Set<string> | undefined)[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A break as `lineStarts` counts one: `\r\n`, `\n`, or a lone `\r`.
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
    else if (c === "{") open.push(new Set());
    else if (c === "[") open.push(undefined);
    else if (c === "}" || c === "]") open.pop();
    else if (c === '"') {
      const end = stringEnd(text, i);
      const keys = open.at(-1);
      if (keys && colonFollows(text, end + 1)) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return { key, line };
        keys.add(key);
      }
      i = end;
    }
  }
  return undefined;
}
