/** A character by its Unicode code point, as messages name one that quotes would not show: `U+00A0`. */
export const codePoint = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
