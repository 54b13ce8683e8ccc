// The artifacts capability; everything here is exported through the core package.
export {
  findArtifact,
  type ArtifactInfo,
  type ArtifactStore,
  type OtherRun,
} from "./artifact-store.js";
export { artifactName } from "./artifact-name.js";
export { commonFolder } from "./common-folder.js";
export { FolderArtifactStore } from "./folder-artifact-store.js";
export { RunnerArtifactStore } from "./runner-artifact-store.js";
export { readRunArtifactJson, type RunArtifactRequest } from "./read-run-artifact.js";
