// The registry capability; everything here is exported through the core package.
export * from "./errors.js";
export { nameProblem, isValidName, assertName, MAX_NAME_LENGTH } from "./names.js";
export {
  parseVersion,
  assertVersion,
  formatVersion,
  compareVersions,
  bumpVersion,
  type SemVer,
  type Bump,
} from "./semver.js";
export {
  parseTag,
  tryParseTag,
  formatTag,
  parseReference,
  type TagEvent,
  type TagAction,
  type RegistryReference,
} from "./tag-grammar.js";
export { loadReference, type Reference, type ReferenceRegistry } from "./load-reference.js";
export { fetchRelease, type FetchedRelease } from "./fetch-release.js";
export { formatTagMessage, parseTagMessage, type EventMetadata } from "./tag-message.js";
export type {
  RegistryBackend,
  TagRecord,
  NewTag,
  Identity,
  StoredAsset,
  CounterClaim,
  ClaimsWithoutTags,
} from "./backend.js";
export type { TagScope } from "./tag-scope.js";
export { execGit, type GitExec, type GitResult } from "./git-exec.js";
export { LocalGitBackend, type LocalGitOptions } from "./local-git-backend.js";
export { stagingPrefix } from "./staging-folders.js";
export { GitHubBackend, type GitHubBackendOptions } from "./github-backend.js";
export {
  chooseBackend,
  BACKENDS,
  type BackendChoice,
  type BackendRequest,
} from "./choose-backend.js";
export { modelCard } from "./model-card.js";
export {
  buildRegistry,
  latestVersion,
  stageHolder,
  previousHolder,
  stagesOf,
  compareEvents,
  chronological,
  eventLabel,
  madeOutsideMlops,
  type ArtifactState,
  type RegistryEvent,
  type StageHolder,
  type VersionState,
} from "./registry-state.js";
export { stagesNow, type StageNow } from "./stages-now.js";
export {
  registryPolicyContract,
  loadRegistryPolicy,
  findRegistryPolicy,
  readCommittedPolicy,
  POLICY_PATH,
  type AppliedPolicy,
  type CommittedPolicyOptions,
  type PolicyRecord,
  type RegistryPolicy,
  type StagePolicy,
} from "./registry-policy.js";
export { readEvidence, checkEvidence, type Evidence } from "./evidence.js";
export { parseActor } from "./actor.js";
export {
  planRegister,
  planAssign,
  planUnassign,
  planRollback,
  planDeprecate,
  planUndeprecate,
  planDeregister,
  planRestore,
  type Plan,
} from "./plan.js";
export {
  readArtifactsIndex,
  annotateArtifact,
  ARTIFACTS_INDEX,
  type ArtifactEntry,
  type ArtifactsIndex,
} from "./artifacts-index.js";
export { registryOverview, type RegistryOverview, type OverviewRow } from "./registry-overview.js";
export { readStageHolder, type ResolvedStage } from "./read-stage-holder.js";
export {
  Registry,
  summarize,
  type RegistryOptions,
  type OperationResult,
  type RegisterResult,
  type ArtifactSummary,
} from "./registry.js";
