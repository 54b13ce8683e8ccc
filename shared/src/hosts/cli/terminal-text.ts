/**
 * A report's markdown as a terminal shows it best: headings and paragraphs as plain lines,
 * tables as aligned columns, folded sections with their title, a Mermaid chart as one line that
 * names it, and no markdown escapes, entities, emphasis markers or code fences. It reads the
 * markdown the core's renderers write (GitHub-flavoured, cells escaped by `sanitizeMarkdown` or
 * `codeSpan`, chart labels by `sanitizeMermaidLabel`), not markdown in general.
 */
import { escapeControl } from "../../engine/report/escape-control.js";

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

/**
 * One pass from left to right, so that an escaped character is taken before it could count as
 * markup: a backslash escape, a link, strong or emphasised text (whose content is read the same
 * way), or an entity. As on GitHub, a `_` or `*` inside a word (`roc_auc`) emphasises nothing.
 */
const PROSE =
  /\\([\\`*_{}[\]()#+\-.!|<>~=])|\[((?:\\.|[^\\\]])*)\]\(([^)\s]+)\)|\*\*((?:\\.|[^\\])+?)\*\*|(?<![\p{L}\p{N}])([*_])(?=\S)((?:\\.|[^\\])+?)(?<=\S)\5(?![\p{L}\p{N}])|&(?:amp|lt|gt|quot|#39);/gu;

function prose(text: string): string {
  return text.replace(PROSE, (match: string, ...groups: (string | undefined)[]) => {
    const [escaped, label, url, strong, , emphasis] = groups;
    if (escaped !== undefined) return escaped;
    if (label !== undefined) return `${prose(label)} (${url})`;
    const content = strong ?? emphasis;
    return content !== undefined ? prose(content) : ENTITIES[match]!;
  });
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

/** A Mermaid label's `#code;` entities as the characters they stand for. */
const mermaidText = (label: string) =>
  label.replace(/#(\d+);/g, (entity, code: string) =>
    Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : entity,
  );

/**
 * A Mermaid chart as the one line a terminal can show: its title, and how to get it drawn. The
 * title's labels come from data: decoded, they are escaped again, as the caller escaped the
 * report's control characters before the entities were read.
 */
function chartLine(chart: readonly string[]): string {
  const title = chart.map((line) => /^\s*title "(.*)"$/.exec(line)?.[1]).find(Boolean);
  const named = title ? `Chart "${escapeControl(mermaidText(title))}"` : "A chart";
  return `${named}: not drawn on a terminal; redirect the output to a file for its Mermaid markdown.`;
}

export function terminalText(markdown: string): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A fenced block, up to its closing fence: a chart becomes a line, other code is shown as is.
    const fence = /^(`{3,}|~{3,})\s*(\S*)/.exec(line);
    if (fence) {
      let end = i + 1;
      while (end < lines.length && !lines[end]!.startsWith(fence[1]!)) end++;
      const body = lines.slice(i + 1, end);
      out.push(...(fence[2] === "mermaid" ? [chartLine(body)] : body));
      i = end;
      continue;
    }
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
