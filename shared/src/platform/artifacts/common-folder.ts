import { dirname, sep } from "node:path";

/** The folder every file is under, which the artifact keeps their paths relative to. */
export function commonFolder(files: readonly string[]): string {
  const [first = [], ...rest] = files.map((file) => dirname(file).split(sep));
  let shared = first.length;
  for (const parts of rest) {
    let i = 0;
    while (i < shared && parts[i] === first[i]) i++;
    shared = i;
  }
  const folder = first.slice(0, shared).join(sep);
  // A root (`/`, `C:\`) is a single part that needs its separator back.
  return shared <= 1 ? `${folder}${sep}` : folder;
}
