/**
 * The sanitiser for every untrusted string (from a fork's files, a dataset, a model) that enters
 * a comment, an issue or a summary. It builds on report/sanitize.ts's `escapeMarkdown` (mentions,
 * `#123` and `owner/repo#1`, HTML, table breakers, `::`) and adds what that leaves open: the
 * runner's `##[` commands, invisible direction and line-separator characters, `www.` autolinks,
 * and block syntax at the start (`# heading`, `- list`, `1. list`). Entity forms of `@`
 * (`&#64;`, `&commat;`) stay text because `&` itself is escaped.
 */
import { escapeMarkdown } from "../report/sanitize.js";
import { neutralize } from "../runner/workflow-commands.js";

const ZWSP = "\u200B";

/** Bidirectional overrides and isolates, which can make text read differently than it is. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Line breaks that markdown or a log may honour besides CR and LF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OTHER_BREAKS = /[\u2028\u2029\u0085\u000B\u000C]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** Untrusted text, safe inline and in a table cell: one line, no live syntax, reads the same. */
export function sanitizeMarkdown(text: string): string {
  const flat = String(text).replace(BIDI, "").replace(CONTROL, "").replace(OTHER_BREAKS, " ");
  return neutralize(escapeMarkdown(flat))
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/^(\s*)(#|-|\+|=|\d+(?=[.)]))/, "$1\\$2");
}

/** Characters a Mermaid label may hold as they are; all others become `#code;` entities. */
const MERMAID_PLAIN = /[A-Za-z0-9 _.,:/+=-]/;

/**
 * Untrusted text as the label of a Mermaid node or axis (inside `"…"`): nothing can close the
 * label, the node, the diagram or the code fence, because every other character is written as
 * Mermaid's numeric entity.
 */
export function sanitizeMermaidLabel(text: string, maxLength = 120): string {
  const chars = [...String(text).replace(BIDI, "").replace(/\s+/g, " ")].slice(0, maxLength);
  return chars.map((c) => (MERMAID_PLAIN.test(c) ? c : `#${c.codePointAt(0)};`)).join("");
}
