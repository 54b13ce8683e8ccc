import * as fs from "node:fs";
import { promisify } from "node:util";

// The asynchronous file operations the core uses, as promises over node:fs's callbacks, named as
// in node:fs/promises: importing that module loads readline with it (and, on Node 24, the REPL's
// history), milliseconds of every action's start-up.
export const close = promisify(fs.close);
export const cp = promisify(
  fs.cp as (
    source: string,
    destination: string,
    options: fs.CopyOptions,
    done: fs.NoParamCallback,
  ) => void,
) as (source: string, destination: string, options?: fs.CopyOptions) => Promise<void>;
export const fstat = promisify(fs.fstat);
export const lstat = promisify(fs.lstat);
export const mkdir = promisify(fs.mkdir);
export const mkdtemp = promisify(fs.mkdtemp);
export const open = promisify(fs.open);
export const read = promisify(fs.read);
export const readdir = promisify(fs.readdir);
export const readFile = promisify(fs.readFile);
export const rm = promisify(fs.rm);
export const stat = promisify(fs.stat);
export const writeFile = promisify(fs.writeFile);
