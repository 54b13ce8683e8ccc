import { existsSync } from "node:fs";
import { readdir } from "../files/async-fs.js";
import { join, sep } from "node:path";
import { DataError } from "./data-error.js";

const GLOB_CHARS = /[*?[]/;

/** Whether a path is a pattern rather than a file name. */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * A regular expression for a glob over `/`-separated paths: `*` is any run of characters but
 * `/`, `?` one such character, `**` any run of whole path segments (none included), `[abc]` and
 * `[!abc]` a character class. Everything else is literal. A leading `.` is not special.
 * A class the regular expression refuses (a range such as `z-a`) is a `DataError` naming
 * `shownAs`, the pattern as the user wrote it.
 */
export function globToRegExp(pattern: string, shownAs = pattern): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const slash = pattern[i + 2] === "/";
        source += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else source += "[^/]*";
    } else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) source += "\\[";
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        const characterClass = `[${body.replace(/\\/g, "\\\\")}]`;
        try {
          new RegExp(characterClass);
        } catch {
          throw new DataError(
            shownAs,
            `the character class ${pattern.slice(i, close + 1)} is not valid`,
            "Write each range from low to high, as in [a-z]",
          );
        }
        source += characterClass;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/**
 * The files a pattern names, sorted so that a dataset read from a glob is read in the same order
 * on every machine. A name without glob characters is returned as is, and so is an existing file
 * whose name only looks like a pattern (`data[1].csv`). The directory walk starts
 * at the longest literal prefix of the pattern and goes no deeper than the pattern can reach.
 */
export async function expandGlob(pattern: string): Promise<string[]> {
  if (!isGlob(pattern) || existsSync(pattern)) return [pattern];
  const normalized = sep === "/" ? pattern : pattern.split(sep).join("/");
  const segments = normalized.split("/");
  const firstGlob = segments.findIndex((segment) => isGlob(segment));
  const base = segments.slice(0, firstGlob).join("/");
  const rest = segments.slice(firstGlob);
  const matcher = globToRegExp(rest.join("/"), pattern);
  const maxDepth =
    rest.includes("**") || rest.some((s) => s.includes("**")) ? Infinity : rest.length;
  const found: string[] = [];
  const walk = async (dir: string, relative: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir === "" ? "." : dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
      const full = dir === "" ? entry.name : join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth + 1 < maxDepth) await walk(full, rel, depth + 1);
      } else if (matcher.test(rel)) found.push(full);
    }
  };
  await walk(base === "" && normalized.startsWith("/") ? "/" : base, "", 0);
  return found.sort();
}
