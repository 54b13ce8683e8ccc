/**
 * One JSON file from an artifact that another run uploaded: a fork's report, a dispatched
 * training run's record. Nothing in it is trusted. An artifact listed as larger than `maxBytes`
 * is not downloaded; one that would unpack to more (a zip bomb) is refused by the store's zip
 * reader before it does, and measured again here for a store that copies files instead. The
 * file must be a regular file: a link in the artifact must not make it some other file of this
 * machine.
 */
import { join } from "node:path";
import { lstat, readdir, readFile, stat } from "../../engine/files/async-fs.js";
import { MlopsError } from "../../engine/errors.js";
import type { ArtifactStore, OtherRun } from "./artifact-store.js";

export interface RunArtifactRequest {
  readonly from: OtherRun;
  readonly name: string;
  /** The file in the artifact; absent, the artifact must hold exactly one file, at its top. */
  readonly file?: string;
  readonly maxBytes: number;
  /** What the file is, for messages: "a report". */
  readonly what: string;
  /** Where the artifact is unpacked; the caller removes it. */
  readonly workDir: string;
  /** How to fix a run that has no artifact of that name. */
  readonly missingFix: string;
}

/** The bytes of every file under `dir`, however deep. */
async function extractedBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => (await stat(join(e.parentPath, e.name))).size),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/** The path of the file asked for, checked to be a regular file. */
async function fileIn(dir: string, request: RunArtifactRequest): Promise<string> {
  if (request.file !== undefined) {
    const file = join(dir, request.file);
    // lstat: a link is not followed.
    if (!(await lstat(file).catch(() => undefined))?.isFile()) {
      throw new MlopsError(`artifact '${request.name}' has no ${request.file}`);
    }
    return file;
  }
  const entries = await readdir(dir, { withFileTypes: true });
  if (entries.length !== 1 || !entries[0]!.isFile()) {
    throw new MlopsError(
      `artifact '${request.name}' holds ${entries.length} entries, not the one file of ${request.what}`,
    );
  }
  return join(dir, entries[0]!.name);
}

/** Downloads the artifact of another run and parses its file as JSON, within the bounds. */
export async function readRunArtifactJson(
  store: ArtifactStore,
  request: RunArtifactRequest,
): Promise<unknown> {
  const { from, name, maxBytes, what } = request;
  const artifact = (await store.list(from)).find((a) => a.name === name);
  if (!artifact) {
    throw new MlopsError(`run ${from.runId} has no artifact '${name}'`, request.missingFix);
  }
  if (artifact.size > maxBytes) {
    throw new MlopsError(
      `artifact '${name}' is ${artifact.size} bytes, more than the ${maxBytes} ${what} can be; not downloaded`,
    );
  }
  const dir = await store.download(artifact, request.workDir, from, maxBytes);
  const extracted = await extractedBytes(dir);
  if (extracted > maxBytes) {
    throw new MlopsError(
      `artifact '${name}' unpacks to ${extracted} bytes, more than the ${maxBytes} ${what} can be`,
    );
  }
  const file = await fileIn(dir, request);
  try {
    return JSON.parse(await readFile(file, "utf8")) as unknown;
  } catch {
    throw new MlopsError(`${request.file ?? "the file"} in artifact '${name}' is not JSON`);
  }
}
