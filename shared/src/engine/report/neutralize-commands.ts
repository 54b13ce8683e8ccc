/**
 * Makes untrusted text (a metric name from a fork's file, a value from a dataset) unable to
 * issue workflow commands when it is printed: the runner only reads `::` and `##[` at the start
 * of a line, and a zero-width space breaks both without changing what a reader sees.
 */
export const neutralize = (s: string): string =>
  s.replace(/::/g, ":\u200B:").replace(/##\[/g, "#\u200B#[");
