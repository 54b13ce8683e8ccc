import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which is
 * then renamed over the target, so a crash never leaves a half-written report. The temporary
 * name is random, so that two writes to one path never share it, and it is removed when the
 * write or the rename fails.
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // Unique among this process's writes and others': a name, not a secret.
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** JSON as the suite writes it: two-space indented, newline-terminated. */
export const writeJsonAtomic = (path: string, value: unknown): void =>
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
