import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { dump } from "js-yaml";
import { FileError } from "../../engine/errors.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { assertName, nameProblem } from "./names.js";

/** GTO's index of artifacts, at the repository root: what `gto annotate` writes. */
export const ARTIFACTS_INDEX = "artifacts.yaml";

/**
 * Far more than any index of artifacts needs (a few lines each): a larger file is not read, so
 * a hostile one cannot make a listing slow or hold the memory.
 */
const MAX_INDEX_BYTES = 1024 * 1024;

/** One artifact's entry, in GTO's fields; `custom` is whatever the file holds there. */
export interface ArtifactEntry {
  readonly type?: string;
  readonly path?: string;
  readonly description?: string;
  readonly labels: readonly string[];
  readonly custom?: unknown;
}

export interface ArtifactsIndex {
  readonly entries: ReadonlyMap<string, ArtifactEntry>;
  /** What was ignored in the file, each naming the line and why. */
  readonly warnings: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A text field as GTO types it: a string, or absent; anything else is ignored with a warning. */
function textField(
  fields: Record<string, unknown>,
  key: "type" | "path" | "description",
  where: string,
  warnings: string[],
): string | undefined {
  const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
  if (value === undefined || value === null || typeof value === "string") return value ?? undefined;
  warnings.push(`${where}: '${key}' is not text; it is ignored`);
  return undefined;
}

function labelsOf(fields: Record<string, unknown>, where: string, warnings: string[]): string[] {
  const value = Object.hasOwn(fields, "labels") ? fields.labels : undefined;
  if (value === undefined || value === null) return [];
  const labels = Array.isArray(value) ? value : [value];
  const valid = labels.filter((l): l is string => typeof l === "string" && !nameProblem(l));
  if (valid.length < labels.length)
    warnings.push(
      `${where}: labels that are not names (letters, digits, '-', '_', '/') are ignored`,
    );
  return valid;
}

/**
 * Reads the index of the repository at `root`: no file is an empty index. A file that cannot be
 * read as one (too large, not YAML, an alias bomb, too deep, not a mapping) is a FileError; an
 * entry that is not valid (a name such as `__proto__`, a field of the wrong kind) is left out
 * with a warning, as GTO would refuse it.
 */
export function readArtifactsIndex(root: string): ArtifactsIndex {
  const file = join(root, ARTIFACTS_INDEX);
  if (!existsSync(file)) return { entries: new Map(), warnings: [] };
  if (statSync(file).size > MAX_INDEX_BYTES) {
    throw new FileError(
      ARTIFACTS_INDEX,
      `is larger than ${MAX_INDEX_BYTES / 1024} KiB, far more than an index of artifacts holds`,
      "Keep one short entry per artifact (type, path, description, labels)",
    );
  }
  const document = readStructured(file, ARTIFACTS_INDEX);
  const value = document.value ?? {};
  if (!isRecord(value)) {
    throw new FileError(
      ARTIFACTS_INDEX,
      "is not a mapping of artifact names to their entries",
      "Write it as GTO does: `churn:` followed by its type, path, description and labels",
    );
  }
  const entries = new Map<string, ArtifactEntry>();
  const warnings: string[] = [];
  for (const [name, fields] of Object.entries(value)) {
    const line = document.lineOf(jsonPointer([name]));
    const where = `${ARTIFACTS_INDEX}${line ? `:${line}` : ""}`;
    const problem = nameProblem(name);
    if (problem) {
      warnings.push(
        `${where}: the artifact name ${JSON.stringify(name)} ${problem}; it is ignored`,
      );
      continue;
    }
    if (fields !== null && !isRecord(fields)) {
      warnings.push(`${where}: the entry of ${name} is not a mapping; it is ignored`);
      continue;
    }
    const f = fields ?? {};
    entries.set(name, {
      type: textField(f, "type", where, warnings),
      path: textField(f, "path", where, warnings),
      description: textField(f, "description", where, warnings),
      labels: labelsOf(f, where, warnings),
      custom: Object.hasOwn(f, "custom") ? f.custom : undefined,
    });
  }
  return { entries, warnings };
}

/**
 * The index's entries when it can be rewritten without loss: one that cannot be read, or holds
 * entries that are not valid (which writing would drop), is a FileError. Checked before a
 * promotion too, so that a bad index stops it before any tag is created.
 */
export function readIndexToWrite(root: string): ReadonlyMap<string, ArtifactEntry> {
  const { entries, warnings } = readArtifactsIndex(root);
  if (warnings.length) {
    throw new FileError(
      ARTIFACTS_INDEX,
      `has entries that are not valid (${warnings[0]}), which writing it would drop`,
      "Correct or remove them, then run again",
    );
  }
  return entries;
}

/** What promote annotates an artifact with; absent fields keep what the entry holds. */
export interface Annotation {
  readonly description?: string;
  readonly labels: readonly string[];
}

/** GTO's entry as `gto annotate` writes it: only fields that differ from their defaults. */
function entryText(entry: ArtifactEntry): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (entry.type) fields.type = entry.type;
  if (entry.path) fields.path = entry.path;
  if (entry.labels.length) fields.labels = [...entry.labels];
  if (entry.description) fields.description = entry.description;
  if (entry.custom !== undefined) fields.custom = entry.custom;
  return fields;
}

/**
 * Writes the artifact's entry into the index at `root` as `gto annotate --update` does: the
 * description replaced when one is given, labels added to those there (sorted, once each),
 * every other entry kept. An index that cannot be read, or holds entries that would be lost, is
 * refused rather than overwritten. Returns the file written.
 */
export function annotateArtifact(root: string, artifact: string, annotation: Annotation): string {
  assertName("artifact", artifact);
  const entries = readIndexToWrite(root);
  const before = entries.get(artifact) ?? { labels: [] };
  const updated: ArtifactEntry = {
    ...before,
    description: annotation.description || before.description,
    labels: [...new Set([...before.labels, ...annotation.labels])].sort(),
  };
  const index: Record<string, unknown> = {};
  for (const [name, entry] of [...entries, [artifact, updated] as const])
    index[name] = entryText(entry);
  const file = join(root, ARTIFACTS_INDEX);
  writeFilesAtomic([{ path: file, text: dump(index, { lineWidth: -1, noRefs: true }) }]);
  return file;
}
