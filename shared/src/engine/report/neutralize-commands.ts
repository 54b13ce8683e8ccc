/**
 * Makes untrusted text (a metric name from a fork's file, a value from a dataset) unable to
 * issue workflow commands when it is printed: the runner reads `::` only at the start of a line
 * (after blanks), and the older `##[` form anywhere in it. A zero-width space breaks both without
 * changing what a reader sees; `::` elsewhere (`a::b` in a pattern) is left exactly as it is.
 */
export const neutralize = (s: string): string =>
  s.replace(/^(\s*)::/gm, "$1:\u200B:").replace(/##\[/g, "#\u200B#[");
