/**
 * The artifact port: how metrics and reports travel between steps, jobs and workflows. Inside a
 * runner it is GitHub's artifact service (runner-artifact-store.ts); outside one, a folder
 * (folder-artifact-store.ts). Use cases see only this interface.
 */

export interface ArtifactInfo {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>` when the store knows it. */
  digest?: string;
}

/** Another workflow run's artifacts (the `workflow_run` half of the fork pattern). */
export interface OtherRun {
  token: string;
  runId: number;
  owner: string;
  repo: string;
}

export interface ArtifactStore {
  /** Uploads `files` (absolute paths under `rootDirectory`) as one artifact named `name`. */
  upload(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactInfo>;
  /** This run's artifacts, or another run's. */
  list(from?: OtherRun): Promise<ArtifactInfo[]>;
  /**
   * Extracts the artifact's files into `directory`; returns the directory. With `maxBytes`, an
   * artifact that would unpack to more is refused before it does.
   */
  download(
    artifact: ArtifactInfo,
    directory: string,
    from?: OtherRun,
    maxBytes?: number,
  ): Promise<string>;
}

/** The artifact of that name, or undefined. */
export async function findArtifact(
  store: ArtifactStore,
  name: string,
  from?: OtherRun,
): Promise<ArtifactInfo | undefined> {
  return (await store.list(from)).find((a) => a.name === name);
}
