/** A pattern being parsed and the position reached in it. */
export interface PatternCursor {
  readonly text: string;
  at: number;
}

/** The character code at the cursor, or -1 at the end of the pattern. */
export const peek = (cursor: PatternCursor, ahead = 0): number =>
  cursor.at + ahead < cursor.text.length ? cursor.text.charCodeAt(cursor.at + ahead) : -1;
