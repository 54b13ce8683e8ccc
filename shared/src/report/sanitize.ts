/**
 * Makes untrusted text (metric names and values from a fork's files, dataset values) safe to
 * place in markdown that GitHub renders: it cannot ping people, link issues, inject HTML or
 * hidden markers, break a table, or issue workflow commands when echoed to a log. The text
 * still reads the same: the breaks are zero-width spaces and entities.
 */
const ZWSP = "\u200B";

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/::/g, `:${ZWSP}:`);
}
