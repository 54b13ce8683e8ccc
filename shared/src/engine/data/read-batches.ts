import { opendirSync, type Dir } from "node:fs";
import { join, sep } from "node:path";
import { FOLDER, statRegularFile, type Refuse } from "../files/open-for-reading.js";
import { fileIdentity } from "../files/file-identity.js";
import type { Batch, Column } from "./batch.js";
import { DataError, refuseDataFile } from "./data-error.js";
import { expandGlob, isGlob } from "./glob.js";
import { readCsvFile } from "./read-csv.js";
import { formatOf } from "./data-format.js";
import { readFiles } from "./read-files.js";
import { readInWorker, readsInWorker } from "./read-in-worker.js";
import { readJsonlFile } from "./read-jsonl.js";
import type { ReadOptions } from "./read-options.js";
import { readParquetFile } from "./read-parquet.js";

export { formatOf };

const READERS = { csv: readCsvFile, jsonl: readJsonlFile, parquet: readParquetFile };

/** A dataset: one file, a glob of files, or a list of either, read as one table. */
export type DataSource = string | readonly string[];

/** A data file's extension, its compression's included (`.csv.gz`). */
const DATA_EXTENSION = /\.[^./]+(?:\.(?:gz|zst))?$/i;

/** How many names of a folder are read for the glob suggested in its place: enough to judge. */
const NAMES_READ = 1_000;

/**
 * Counts the extensions of the data files among a folder's names into `counts`, and gives its
 * subfolders; at most `budget.names` names in all are read. A folder that cannot be listed adds
 * nothing: it is still refused, its glob only suggested.
 */
function countExtensions(
  folder: string,
  counts: Map<string, number>,
  budget: { names: number },
): string[] {
  const subfolders: string[] = [];
  let dir: Dir | undefined;
  try {
    dir = opendirSync(folder);
    for (let entry = dir.readSync(); entry !== null && budget.names > 0; entry = dir.readSync()) {
      budget.names--;
      if (entry.isDirectory()) subfolders.push(join(folder, entry.name));
      else if (formatOf(entry.name) !== undefined) {
        const extension = DATA_EXTENSION.exec(entry.name)![0];
        counts.set(extension, (counts.get(extension) ?? 0) + 1);
      }
    }
  } catch {
    // Not listed: nothing counted.
  } finally {
    dir?.closeSync();
  }
  return subfolders;
}

/**
 * The glob of a folder's data files, by the extension most of them have, keeping the names'
 * case (`.CSV`), as a glob matches case and all; of any depth (`**`) where they lie in its
 * subfolders only (a dataset partitioned as `year=2024/`); none where neither holds a data
 * file. Names only, and at most a thousand, as a suggestion need cost little.
 */
function dataGlob(folder: string): string | undefined {
  const counts = new Map<string, number>();
  const budget = { names: NAMES_READ };
  const subfolders = countExtensions(folder, counts, budget);
  const deep = counts.size === 0;
  if (deep) for (const subfolder of subfolders) countExtensions(subfolder, counts, budget);
  let common: string | undefined;
  let most = 0;
  for (const [extension, count] of counts) {
    if (count > most) [common, most] = [extension, count];
  }
  return common && `${folder}/${deep ? "**/" : ""}*${common}`;
}

/** The separators a path may end with: `/`, and on Windows `\\` too. */
const TRAILING_SEPARATORS = sep === "/" ? /\/+$/ : /[\\/]+$/;

/**
 * A folder given as data, named without the separators it ends with (`data/` is `data`) so that
 * the glob suggested is the name it gives and the name is shown like any other. A folder whose
 * path holds `*`, `?` or `[` is told of no glob: those would be read as a pattern, and the glob
 * syntax has no escape character.
 */
function refuseFolder(path: string): DataError {
  const folder = path.replace(TRAILING_SEPARATORS, "") || path;
  const glob = isGlob(folder) ? undefined : dataGlob(folder);
  const such = glob === undefined ? "" : `, or a glob of its files such as '${glob}'`;
  return new DataError(folder, FOLDER.problem, `${FOLDER.fix}${such}`);
}

/** `refuseDataFile` for a path a data input names: a folder is told of a glob of its files. */
const refuseDataPath =
  (path: string): Refuse =>
  (reason) =>
    reason === FOLDER ? refuseFolder(path) : refuseDataFile(path)(reason);

/**
 * The files of a source, globs expanded, in a deterministic order: each pattern's matches in
 * turn, a file that two patterns match, or that a link among them (symbolic or hard) leads to as
 * well, once, by the path it is first matched by (its rows would count twice). Each is checked to be a regular file
 * before anything reads or hashes it: a device such as /dev/zero never ends.
 */
export async function listFiles(source: DataSource): Promise<string[]> {
  const files = new Map<string, string>();
  for (const item of typeof source === "string" ? [source] : source) {
    const matched = await expandGlob(item);
    if (matched.length === 0) {
      throw new DataError(item, "no file matches this pattern", "Check the path and the pattern");
    }
    for (const file of matched) await statRegularFile(file, refuseDataPath(file));
    for (const file of matched) {
      const identity = fileIdentity(file);
      if (!files.has(identity)) files.set(identity, file);
    }
  }
  return [...files.values()];
}

/**
 * Reads a dataset as a stream of columnar batches. Every file of the source is read in turn
 * into the same columns (their headers must agree); memory holds a batch or two and the
 * reader's own buffers, never the dataset. CSV and JSONL can be read on a thread of their own
 * (`ReadOptions.readInWorker`). A dataset without rows yields one empty batch that names its
 * columns.
 */
export async function* readBatches(
  source: DataSource,
  options: ReadOptions = {},
): AsyncGenerator<Batch> {
  const files = await listFiles(source);
  if (await readsInWorker(files, options)) yield* readInWorker(files, options);
  else yield* readFiles(files, { options }, READERS);
}

/** Whole columns of a small dataset, concatenated from its batches. */
export interface Table {
  readonly rowCount: number;
  readonly columns: Map<string, Column>;
}

/**
 * Reads a whole dataset into memory, one typed array per column, exactly as long as the data.
 * Each column is concatenated from its batches and then the batches' parts are let go, so that
 * memory peaks at the data plus one column. For data that fits in memory; for anything larger,
 * stream with `readBatches`.
 */
export async function readColumns(source: DataSource, options: ReadOptions = {}): Promise<Table> {
  const parts = new Map<string, Column[]>();
  let rowCount = 0;
  // The parts are kept to the end: no batch may be filled again. Text stays in `columns`.
  const read = { ...options, reuseBatches: false, textAsBytes: false };
  for await (const batch of readBatches(source, read)) {
    for (const [name, column] of batch.columns) {
      const list = parts.get(name);
      if (list === undefined) parts.set(name, [column]);
      else list.push(column);
    }
    rowCount += batch.length;
  }
  const columns = new Map<string, Column>();
  for (const [name, list] of parts) {
    columns.set(name, concatenate(list, rowCount));
    parts.delete(name);
  }
  return { rowCount, columns };
}

/** One column from its parts, in order; string codes are mapped into one dictionary. */
function concatenate(parts: readonly Column[], rowCount: number): Column {
  const first = parts[0]!;
  if ("values" in first) {
    const values = new Float64Array(rowCount);
    let offset = 0;
    for (const part of parts as readonly (typeof first)[]) {
      values.set(part.values, offset);
      offset += part.values.length;
    }
    return { name: first.name, type: first.type, values };
  }
  const codes = new Int32Array(rowCount);
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  let offset = 0;
  for (const part of parts as readonly (typeof first)[]) {
    const remap = part.dictionary.map((value) => {
      let code = index.get(value);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(value);
        index.set(value, code);
      }
      return code;
    });
    for (let i = 0; i < part.codes.length; i++) {
      const code = part.codes[i]!;
      codes[offset + i] = code < 0 ? -1 : remap[code]!;
    }
    offset += part.codes.length;
  }
  return { name: first.name, type: first.type, codes, dictionary };
}
