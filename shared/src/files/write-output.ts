import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which is
 * then renamed over the target, so a crash never leaves a half-written report.
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** JSON as the suite writes it: two-space indented, newline-terminated. */
export const writeJsonAtomic = (path: string, value: unknown): void =>
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);

export const sha256File = (path: string): string =>
  createHash("sha256").update(readFileSync(path)).digest("hex");
