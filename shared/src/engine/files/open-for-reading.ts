import { closeSync, constants, fstatSync, openSync, type Stats } from "node:fs";
import { close, fstat, open, stat } from "./async-fs.js";

/** Why a path cannot be read, and how to fix it, for the caller to raise as its own error. */
export interface Unreadable {
  readonly problem: string;
  readonly fix: string;
}

/** Builds the caller's typed error (a data file's, a document's) from the reason. */
export type Refuse = (reason: Unreadable) => Error;

/** An open file: its descriptor (the caller closes it) and its size when opened. */
export interface OpenFile {
  readonly fd: number;
  readonly size: number;
}

// Without O_NONBLOCK, opening a named pipe waits for a writer, which may never come. A regular
// file reads the same with or without it. Windows has no such flag, nor pipes by path.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Why a folder is refused: exported so that a caller can say more (a glob of its files). */
export const FOLDER: Unreadable = {
  problem: "is a folder, not a file",
  fix: "Give the path of a file inside it",
};

/** The reason for an error opening or stating a path. */
function openFailure(error: unknown): Unreadable {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return {
        problem: "no such file",
        fix: "Check the path; a relative path starts from the working directory",
      };
    case "EACCES":
    case "EPERM":
      return {
        problem: "cannot be read: permission denied",
        fix: "Give the user that runs the action read access to the file and its folders",
      };
    case "EISDIR":
      return FOLDER;
    default:
      return {
        problem: `cannot be read (${code ?? message})`,
        fix: "Check that the path names a readable file",
      };
  }
}

/**
 * Refuses anything but a regular file: a device such as /dev/zero or a pipe may never end, so
 * hashing or reading it would never finish.
 */
function notRegular(stats: Stats): Unreadable | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return FOLDER;
  const kind = stats.isFIFO() ? "a named pipe (FIFO)" : stats.isSocket() ? "a socket" : "a device";
  return {
    problem: `is ${kind}, not a regular file`,
    fix: "Give the path of a regular file: devices and pipes are not read, as their data may never end",
  };
}

/** Checks, without opening it, that `path` is a regular file; returns its size. */
export async function statRegularFile(path: string, refuse: Refuse): Promise<number> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw refuse(openFailure(error));
  }
  const reason = notRegular(stats);
  if (reason) throw refuse(reason);
  return stats.size;
}

/** Opens a regular file for reading; refuses a missing or unreadable path, and any other kind. */
export async function openForReading(path: string, refuse: Refuse): Promise<OpenFile> {
  let fd: number;
  try {
    fd = await open(path, READ_FLAGS);
  } catch (error) {
    throw refuse(openFailure(error));
  }
  const stats = await fstat(fd);
  const reason = notRegular(stats);
  if (reason) {
    await close(fd);
    throw refuse(reason);
  }
  return { fd, size: stats.size };
}

/** `openForReading` for callers that read synchronously. */
export function openForReadingSync(path: string, refuse: Refuse): OpenFile {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    throw refuse(openFailure(error));
  }
  const stats = fstatSync(fd);
  const reason = notRegular(stats);
  if (reason) {
    closeSync(fd);
    throw refuse(reason);
  }
  return { fd, size: stats.size };
}
