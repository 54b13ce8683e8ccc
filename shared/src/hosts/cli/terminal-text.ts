/**
 * A report's markdown as a terminal shows it best: headings and paragraphs as plain lines,
 * tables as aligned columns, folded sections with their title, and no markdown escapes,
 * entities or code fences. It reads the markdown the core's renderers write (GitHub-flavoured,
 * cells escaped by `sanitizeMarkdown` or `codeSpan`), not markdown in general.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** Zero-width characters the sanitiser puts in to break mentions and links; a terminal has none. */
const INVISIBLE = /[\u200B\u2060]/g;

/** Inline markdown as text: code spans shown as written, everything else unescaped. */
function inline(text: string, inTable: boolean): string {
  let out = "";
  let rest = text;
  for (;;) {
    const open = /(?<!\\)(`+)/.exec(rest);
    if (!open) break;
    const fence = open[1]!;
    const close = rest.indexOf(fence, open.index + fence.length);
    if (close < 0) break;
    out += prose(rest.slice(0, open.index));
    let code = rest.slice(open.index + fence.length, close);
    if (/^ .* $/.test(code)) code = code.slice(1, -1);
    out += inTable ? code.replace(/\\\|/g, "|") : code;
    rest = rest.slice(close + fence.length);
  }
  return (out + prose(rest)).replace(INVISIBLE, "");
}

function prose(text: string): string {
  return text
    .replace(/(?<!\\)\[([^\]]*)(?<!\\)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~=])/g, "$1")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

/** Columns a string takes on a terminal: wide emoji take two, joiners and selectors none. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0xfe0f || code === 0x200b || code === 0x200d) continue;
    columns += (code >= 0x2600 && code <= 0x27bf) || code >= 0x1f300 ? 2 : 1;
  }
  return columns;
}

/** The cells of a table row, split on the pipes that are not escaped. */
const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

function table(rows: readonly string[]): string[] {
  const [header, rule, ...body] = rows.map(cellsOf);
  const right = rule!.map((cell) => cell.endsWith(":"));
  const cells = [header!, ...body].map((row) => row.map((cell) => inline(cell, true)));
  const widths = header!.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ""))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat(widths[i]! - width(cell));
        return right[i] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [
    line(cells[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map(line),
  ];
}

export function terminalText(markdown: string): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("|") && lines[i + 1]?.startsWith("| ---")) {
      let end = i + 2;
      while (end < lines.length && lines[end]!.startsWith("|")) end++;
      out.push(...table(lines.slice(i, end)));
      i = end - 1;
      continue;
    }
    const summary = /^<details><summary>(.*)<\/summary>$/.exec(line);
    if (summary) out.push(`${inline(summary[1]!, false)}:`);
    else if (line === "</details>") continue;
    else out.push(inline(line.replace(/^#{1,6} /, ""), false));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
