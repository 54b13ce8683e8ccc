/**
 * Cuts markdown to a size GitHub keeps (a comment's 65,536 characters, a job summary's 1 MiB),
 * so that what is left still renders: it ends on a line boundary where it can (never inside a
 * character), an open code fence and open `<details>` are closed, and the note says why the
 * rest is missing. Text that fits comes back as it is.
 */
export function truncateMarkdown(
  text: string,
  limit: number,
  unit: "bytes" | "chars",
  note: string,
): string {
  const size = unit === "bytes" ? (s: string) => Buffer.byteLength(s) : (s: string) => s.length;
  if (size(text) <= limit) return text;
  const tail = `\n\n${note}`;
  const room = limit - size(tail);
  if (room < 0) throw new RangeError(`a limit of ${limit} ${unit} leaves no room for the note`);
  let budget = room;
  for (;;) {
    const cut = cutWithin(text, budget, unit);
    const closed = cut + closers(cut);
    const over = size(closed) - room;
    if (over <= 0) return closed + tail;
    budget = size(cut) - over;
  }
}

/** The longest prefix within `budget`, back to its last line break when it has one. */
function cutWithin(text: string, budget: number, unit: "bytes" | "chars"): string {
  if (budget <= 0) return "";
  const prefix =
    unit === "bytes"
      ? Buffer.from(text)
          .subarray(0, budget)
          .toString("utf8")
          .replace(/\uFFFD$/, "")
      : text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(budget - 1)) ? budget - 1 : budget);
  const lastBreak = prefix.lastIndexOf("\n");
  return lastBreak > 0 ? prefix.slice(0, lastBreak) : prefix;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** What closes the code fence and the `<details>` blocks left open at the end of `markdown`. */
function closers(markdown: string): string {
  let fence: string | null = null;
  let details = 0;
  for (const line of markdown.split("\n")) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      const closes =
        marker !== undefined &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        line.trim() === marker;
      if (closes) fence = null;
    } else if (marker !== undefined) {
      fence = marker;
    } else {
      details +=
        (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
    }
  }
  return `${fence === null ? "" : `\n${fence}`}${"\n\n</details>".repeat(Math.max(0, details))}`;
}
