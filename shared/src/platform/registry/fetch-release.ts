/**
 * The files of a registered version, copied into a folder: what a serving job or a gate needs
 * of the model in prod (`mlops registry fetch churn#prod --to model`). Each file is checked
 * against the digest its registration tag records, and the folder appears whole or not at all.
 */
import { randomUUID } from "node:crypto";
import { lstatSync, readdirSync } from "node:fs";
import { mkdir, rename, rm, rmdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { FileError } from "../../engine/errors.js";
import { hashFile } from "../../engine/files/hash-file.js";
import type { RegistryBackend } from "./backend.js";
import { isPlainName } from "./asset-names.js";
import { RegistryError } from "./errors.js";
import { REGISTER_ANEW, registrationOf } from "./registry-asset.js";
import type { RegistryReference } from "./tag-grammar.js";
import type { EventMetadata } from "./tag-message.js";

/** A version's files as fetched. */
export interface FetchedRelease {
  readonly artifact: string;
  readonly version: string;
  /** The registration tag the files are recorded by. */
  readonly tag: string;
  readonly folder: string;
  readonly assets: readonly { name: string; sha256: string; size: number; path: string }[];
}

/**
 * Refuses a destination that is anything but absent or an empty folder: a fetch never mixes two
 * versions' files, and never writes through a link.
 */
function assertFreeFolder(folder: string): void {
  const stats = lstatSync(folder, { throwIfNoEntry: false });
  if (stats === undefined) return;
  const fix = "Remove it, or name another folder with --to: a fetch writes a version's files alone";
  if (!stats.isDirectory()) {
    throw new FileError(
      folder,
      `is ${stats.isSymbolicLink() ? "a link" : "a file"}, not a folder`,
      fix,
    );
  }
  if (readdirSync(folder).length > 0) throw new FileError(folder, "is not empty", fix);
}

/**
 * The files a registration's tag records, each with its sha256: the assets, and the run record
 * where it was stored beside them under a name of its own.
 */
function recordedFiles(
  metadata: EventMetadata | undefined,
): readonly { readonly name: string; readonly sha256: string; readonly size?: number }[] {
  const assets = metadata?.assets ?? [];
  const run = metadata?.training_run;
  if (run?.asset === undefined || assets.some((asset) => asset.name === run.asset)) return assets;
  return [...assets, { name: run.asset, sha256: run.sha256 }];
}

/**
 * Copies every file the version `reference` names (a stage's holder at `at`, or a version)
 * records into `folder(artifact, version)`, through a sibling folder renamed into place.
 */
export async function fetchRelease(
  backend: RegistryBackend,
  reference: RegistryReference,
  folder: (artifact: string, version: string) => string,
  at?: Date,
): Promise<FetchedRelease> {
  const registration = await registrationOf(backend, reference, undefined, at);
  const { tag, metadata } = registration;
  const version = registration.version!;
  const recorded = recordedFiles(metadata);
  if (!metadata?.assets?.length) {
    throw new RegistryError(
      `release ${tag} records no files: the version was registered without any`,
      REGISTER_ANEW,
    );
  }
  const unsafe = recorded.find((asset) => !isPlainName(asset.name));
  if (unsafe) {
    throw new RegistryError(
      `release ${tag} records an asset named ${JSON.stringify(unsafe.name)}, which is not a plain file name`,
      REGISTER_ANEW,
    );
  }
  const destination = folder(reference.artifact, version);
  assertFreeFolder(destination);
  await mkdir(dirname(destination), { recursive: true });
  // mkdir, not mkdtemp: the folder is the user's, made with their umask, not private to them.
  const partial = join(dirname(destination), `.${basename(destination)}.partial-${randomUUID()}`);
  await mkdir(partial);
  try {
    const saved = await backend.saveAssets(
      tag,
      recorded.map((asset) => asset.name),
      partial,
    );
    const assets = [];
    for (const asset of recorded) {
      const copy = saved.find((file) => file.name === asset.name)?.location;
      if (!copy) {
        throw new RegistryError(
          `release ${tag} records ${asset.name}, but ${backend.description} stores no such file`,
          REGISTER_ANEW,
        );
      }
      // The copy is what is checked: what the folder holds is what the tag recorded.
      if ((await hashFile(copy)) !== asset.sha256) {
        throw new RegistryError(
          `release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`,
          `The stored file was changed after registration. ${REGISTER_ANEW}`,
        );
      }
      const size = asset.size ?? (await stat(copy)).size;
      assets.push({ ...asset, size, path: join(destination, asset.name) });
    }
    if (lstatSync(destination, { throwIfNoEntry: false })) await rmdir(destination);
    await rename(partial, destination);
    return { artifact: reference.artifact, version, tag, folder: destination, assets };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}
