/**
 * Artifacts as folders, for the command-line program and tests: `<root>/<run>/<name>/` holds
 * the files with their paths relative to the upload's root. Another run is another folder.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, stat } from "../../engine/files/async-fs.js";
import { dirname, join, relative, resolve, sep } from "node:path";
import { MlopsError } from "../../engine/errors.js";
import type { ArtifactInfo, ArtifactStore, OtherRun } from "./artifact-store.js";

const NAME = /^[^\\/":<>|*?\r\n]+$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export class FolderArtifactStore implements ArtifactStore {
  constructor(
    private readonly root: string,
    /** This run's id; artifacts of other runs live beside it. */
    private readonly runId = "local",
  ) {}

  private runDir(from?: OtherRun): string {
    return join(this.root, from ? String(from.runId) : this.runId);
  }

  async upload(
    name: string,
    files: readonly string[],
    rootDirectory: string,
  ): Promise<ArtifactInfo> {
    if (!NAME.test(name)) {
      throw new MlopsError(
        `artifact name '${name}' has a character artifacts may not have`,
        'Avoid \\ / " : < > | * ? and line breaks',
      );
    }
    const target = join(this.runDir(), name);
    const existing = await stat(target).catch(() => undefined);
    if (existing) {
      throw new MlopsError(
        `an artifact named '${name}' already exists in this run`,
        "Artifacts are immutable; choose another name",
      );
    }
    const root = resolve(rootDirectory);
    for (const file of files) {
      const path = relative(root, resolve(file));
      if (path.startsWith(`..${sep}`) || path === "..") {
        throw new MlopsError(`'${file}' is not under the artifact's root '${rootDirectory}'`);
      }
      await mkdir(dirname(join(target, path)), { recursive: true });
      await cp(resolve(file), join(target, path));
    }
    return this.describe(name, target);
  }

  private async describe(name: string, dir: string): Promise<ArtifactInfo> {
    const hash = createHash("sha256");
    let size = 0;
    for (const file of await filesUnder(dir)) {
      const data = await readFile(file);
      size += data.length;
      hash.update(relative(dir, file)).update("\0").update(data);
    }
    const id = createHash("sha1").update(dir).digest().readUInt32BE(0);
    return { id, name, size, digest: `sha256:${hash.digest("hex")}` };
  }

  async list(from?: OtherRun): Promise<ArtifactInfo[]> {
    const dir = this.runDir(from);
    const names = await readdir(dir).catch(() => [] as string[]);
    return Promise.all(names.sort().map((name) => this.describe(name, join(dir, name))));
  }

  async download(artifact: ArtifactInfo, directory: string, from?: OtherRun): Promise<string> {
    const source = join(this.runDir(from), artifact.name);
    if (!(await stat(source).catch(() => undefined))) {
      throw new MlopsError(
        `no artifact named '${artifact.name}' in run ${from?.runId ?? this.runId}`,
      );
    }
    await mkdir(directory, { recursive: true });
    await cp(source, directory, { recursive: true });
    return directory;
  }
}
