const LISTED = 10;

/** Paths or names as a note lists them: the first ten, and how many more. */
export function listed(paths: readonly string[]): string {
  const more = paths.length > LISTED ? ` and ${paths.length - LISTED} more` : "";
  return `${paths.slice(0, LISTED).join(", ")}${more}`;
}
