/**
 * The sanitiser for every untrusted string (from a fork's files, a dataset, a model) that enters
 * a comment, an issue, a summary or a log, in each of the three places markdown shows it: inline
 * text and table cells (`sanitizeMarkdown`), code spans (`codeSpan`) and Mermaid labels
 * (`sanitizeMermaidLabel`). The text still reads the same: breaks are zero-width spaces, entities
 * and backslash escapes.
 */
import { neutralize } from "./neutralize-commands.js";

const ZWSP = "\u200B";

/** Bidirectional overrides and isolates, which can make text read differently than it is. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Line breaks that markdown or a log may honour, CR and LF among them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\u000B\u000C]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** One line of visible text: invisible direction and control characters gone, breaks spaces. */
const flatten = (text: string): string =>
  String(text).replace(BIDI, "").replace(CONTROL, "").replace(BREAKS, " ");

/**
 * Untrusted text, safe inline and in a table cell: it cannot ping people, link issues (`#12`,
 * `owner/repo#3`, `GH-4`), autolink (`://`, `www.`), inject HTML or a hidden marker, break a
 * table, start a heading or list, or issue a workflow command when echoed to a log. Entity forms
 * of `@` (`&#64;`, `&commat;`) stay text because `&` itself is escaped.
 */
export function sanitizeMarkdown(text: string): string {
  const escaped = flatten(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
  // A line must not start a heading, list or rule. An ordered list's marker is escaped at its
  // `.` or `)`: a backslash before a digit is no escape and would show ("\0.5 is below").
  return neutralize(escaped)
    .replace(/^(\s*)(#|-|\+|=)/, "$1\\$2")
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/**
 * Untrusted text as inline code, shown exactly: markdown takes no escapes or entities inside a
 * code span, so the text goes in as it is, fenced by more backticks than it holds in a row, and
 * padded with a space where a backtick or a space at its edge would be eaten. Only what code
 * cannot hold is changed: direction and control characters are dropped and line breaks become
 * spaces. Nothing invisible is put in, so a tag or a pattern copied from it is exact: GitHub
 * makes no mention or link in code, and a span starts with a backtick, so it never starts a
 * workflow command (a log writer breaks `##[` itself, see `safeForLog`). In a table cell, pass
 * `inTable`: the table splits cells on `|` even inside code, and takes `\|` as a plain `|`.
 */
export function codeSpan(text: string, { inTable = false } = {}): string {
  let code = flatten(text);
  if (inTable) code = code.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = code === "" || /^[` ]|[` ]$/.test(code) ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
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
