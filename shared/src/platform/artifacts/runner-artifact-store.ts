/**
 * Artifacts through GitHub's artifact service, with the official client. It reads the runner's
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL itself (and GITHUB_API_URL for other runs), so
 * only build this store inside a runner; the adapter decides. The client (and the Azure SDK under
 * it) is loaded on first use, so actions that never touch artifacts start fast.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArtifactClient } from "@actions/artifact";
import { extractZip } from "../../engine/files/extract-zip.js";
import { makeFolders } from "../../engine/files/make-folders.js";
import type { ArtifactInfo, ArtifactStore, OtherRun } from "./artifact-store.js";

const findBy = (from: OtherRun) => ({
  findBy: {
    token: from.token,
    workflowRunId: from.runId,
    repositoryOwner: from.owner,
    repositoryName: from.repo,
  },
});

export class RunnerArtifactStore implements ArtifactStore {
  private loaded: Promise<ArtifactClient> | undefined;

  private client(): Promise<ArtifactClient> {
    this.loaded ??= import("@actions/artifact").then((m) => new m.DefaultArtifactClient());
    return this.loaded;
  }

  async upload(
    name: string,
    files: readonly string[],
    rootDirectory: string,
  ): Promise<ArtifactInfo> {
    const result = await (await this.client()).uploadArtifact(name, [...files], rootDirectory);
    return {
      id: result.id ?? 0,
      name,
      size: result.size ?? 0,
      ...(result.digest ? { digest: `sha256:${result.digest}` } : {}),
    };
  }

  async list(from?: OtherRun): Promise<ArtifactInfo[]> {
    const { artifacts } = await (
      await this.client()
    ).listArtifacts({ latest: true, ...(from ? findBy(from) : {}) });
    return artifacts.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      ...(a.digest ? { digest: a.digest } : {}),
    }));
  }

  /**
   * Downloads the zip as it is and unpacks it here: the archive is untrusted (another run, maybe
   * a fork's, made it), so it is checked entry by entry, and stops at `maxBytes` rather than
   * unpacking a zip bomb first.
   */
  async download(
    artifact: ArtifactInfo,
    directory: string,
    from?: OtherRun,
    maxBytes?: number,
  ): Promise<string> {
    const staging = mkdtempSync(join(tmpdir(), "mlops-artifact-"));
    try {
      await (
        await this.client()
      ).downloadArtifact(artifact.id, {
        path: staging,
        skipDecompress: true,
        ...(from ? findBy(from) : {}),
      });
      const [zip] = readdirSync(staging);
      makeFolders(directory);
      if (zip) {
        await extractZip(
          join(staging, zip),
          directory,
          { maxBytes },
          `artifact '${artifact.name}'`,
        );
      }
      return directory;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
}
