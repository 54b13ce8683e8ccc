import type { ModelFile } from "../../engine/contracts/run-record.js";
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readlinkSync, type Stats } from "node:fs";
import { join } from "node:path";
import { FileError } from "../../engine/errors.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { counted } from "../../engine/report/counted.js";
import { listed } from "../../engine/report/listed.js";
import { notWrittenByRun, NotWrittenError, writtenSince } from "./written-by-run.js";

export interface ModelRecord {
  readonly path: string;
  /** The file's sha256, or for a folder the sha256 of its files' digests, sorted, a line each. */
  readonly digest: string;
  readonly files: readonly ModelFile[];
  /** Absolute paths, for the artifact. */
  readonly absolute: readonly string[];
  /** What the record leaves out of the model or cannot vouch for, a note each. */
  readonly notes: readonly string[];
}

/** What a model folder holds, by paths relative to it. */
interface FolderEntries {
  readonly files: string[];
  /** Symbolic links: neither followed, hashed nor uploaded. */
  readonly links: string[];
  /** Entries whose names are not UTF-8, escaped: no record or artifact can name them. */
  readonly unnamed: string[];
}

/** A name's bytes as text, each byte outside printable ASCII as `\xHH`. */
const escapedName = (name: Buffer): string =>
  [...name]
    .map((byte) =>
      byte >= 0x20 && byte < 0x7f
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).padStart(2, "0")}`,
    )
    .join("");

/** Names read as bytes: a name that is not UTF-8 would otherwise be read as another, missing one. */
function entriesUnder(
  folder: string,
  under = "",
  found: FolderEntries = { files: [], links: [], unnamed: [] },
): FolderEntries {
  const prefix = under === "" ? "" : `${under}/`;
  for (const entry of readdirSync(join(folder, under), {
    withFileTypes: true,
    encoding: "buffer",
  })) {
    if (!isUtf8(entry.name)) {
      found.unnamed.push(prefix + escapedName(entry.name));
      continue;
    }
    const path = prefix + entry.name.toString();
    if (entry.isSymbolicLink()) found.links.push(path);
    else if (entry.isDirectory()) entriesUnder(folder, path, found);
    else if (entry.isFile()) found.files.push(path);
  }
  return found;
}

const SAVE_FILES =
  "Save the model's files themselves there, under UTF-8 names (a Hugging Face cache snapshot only links to its blobs: save the model with save_pretrained, or copy the snapshot with cp -rL)";

/** Why a folder without a model file to record has none. */
function noModelFile(shownAs: string, entries: FolderEntries): FileError {
  const held = [
    entries.links.length > 0 && `symbolic links, which are not followed (${listed(entries.links)})`,
    entries.unnamed.length > 0 &&
      `files whose names are not UTF-8, which no record can name (${listed(entries.unnamed)})`,
  ].filter((part) => part !== false);
  return held.length === 0
    ? new NotWrittenError(shownAs, "is an empty folder: the command saved no model")
    : new FileError(shownAs, `holds only ${held.join(" and ")}: no model file`, SAVE_FILES);
}

export interface RunMoment {
  /** When the run started: a model last modified before is not this run's. */
  readonly startedAt: Date;
  /** Aborted when the step is cancelled while the model is hashed. */
  readonly signal: AbortSignal;
}

interface DatedFile {
  /** Relative to the model folder; the path as shown for a single file. */
  readonly path: string;
  readonly absolute: string;
  readonly stats: Stats;
}

/** The model's files, when the run wrote any; why it wrote none, as an error, otherwise. */
function writtenFiles(
  path: string,
  shownAs: string,
  startedAt: Date,
): { entries: FolderEntries | undefined; files: DatedFile[] } {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    throw new NotWrittenError(
      shownAs,
      "was not written by the command",
      "Check trained-model is where it saves the model",
    );
  }
  if (stats.isSymbolicLink())
    throw new FileError(
      shownAs,
      `is a symbolic link to ${readlinkSync(path)}, which train-run does not follow`,
      "Save the model file or folder itself at trained-model",
    );
  const entries = stats.isDirectory() ? entriesUnder(path) : undefined;
  if (entries && entries.files.length === 0) throw noModelFile(shownAs, entries);
  const files = entries
    ? entries.files.sort().map((file) => {
        const absolute = join(path, file);
        return { path: file, absolute, stats: lstatSync(absolute) };
      })
    : [{ path: shownAs, absolute: path, stats }];
  const newest = new Date(files.reduce((last, file) => Math.max(last, file.stats.mtimeMs), 0));
  if (!writtenSince(newest, startedAt))
    throw notWrittenByRun(
      shownAs,
      newest,
      startedAt,
      "Check the command saves the model at trained-model",
    );
  return { entries, files };
}

/** What the record of a model leaves out, and the files it cannot vouch the run wrote. */
function modelNotes(
  shownAs: string,
  entries: FolderEntries | undefined,
  older: readonly DatedFile[],
): string[] {
  return [
    entries && entries.links.length > 0
      ? `${shownAs}: symbolic links not followed, hashed nor uploaded: ${listed(entries.links)}`
      : "",
    entries && entries.unnamed.length > 0
      ? `${shownAs}: files whose names are not UTF-8 not hashed nor uploaded, as no record or artifact can name them (rename them to record them): ${listed(entries.unnamed)}`
      : "",
    older.length > 0
      ? `${shownAs}: ${counted(older.length, "file")} last modified before this run started, perhaps left by an earlier run, recorded and uploaded with the rest (empty the folder before training to record only what the run writes): ${listed(older.map((file) => file.path))}`
      : "",
  ].filter((note) => note !== "");
}

/**
 * The model the command wrote, each file with its digest and size; an error when it wrote none.
 * Symbolic links are never followed, the path itself included: a link could make the record
 * vouch for, and the artifact carry, any file the runner can read.
 *
 * A folder counts as written by the run when any of its files was modified since the run
 * started. Its older files are recorded and uploaded with the rest, in a note by name: they may
 * be left by an earlier run, or copied in with their times kept (shutil.copytree, cp -p, a
 * tokenizer taken from the base model), and a model recorded without them could not be loaded.
 */
export async function describeModel(
  path: string,
  shownAs: string,
  { startedAt, signal }: RunMoment,
): Promise<ModelRecord> {
  const { entries, files: written } = writtenFiles(path, shownAs, startedAt);
  const files: ModelFile[] = [];
  for (const file of written)
    files.push({
      path: file.path,
      sha256: await hashFile(file.absolute, { signal }),
      size_bytes: file.stats.size,
    });
  const digest = entries
    ? createHash("sha256")
        .update(
          files
            .map((f) => `${f.sha256}\n`)
            .sort()
            .join(""),
        )
        .digest("hex")
    : files[0]!.sha256;
  const older = written.filter((file) => !writtenSince(file.stats.mtime, startedAt));
  return {
    path: shownAs,
    digest,
    files,
    absolute: written.map((file) => file.absolute),
    notes: modelNotes(shownAs, entries, older),
  };
}
