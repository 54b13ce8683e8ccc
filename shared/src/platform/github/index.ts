// The github capability; everything here is exported through the core package.
export { createGitHubClient, type GitHub, type GitHubClientOptions } from "./client.js";
export { isTransient, type RetryPolicy } from "./retry-policy.js";
export { converge } from "./converge.js";
export { parseMarkerKey, deriveMarkerKey, MARKER_KEY_MAX_LENGTH } from "./marker-key.js";
export {
  GitHubError,
  GitHubConflictError,
  GitHubRateLimitError,
  GitHubTimeoutError,
  toGitHubError,
} from "./github-error.js";
export {
  DEFAULT_API_URL,
  githubContextFromEnv,
  readEventPayload,
  parseRepo,
  type GitHubContext,
  type RepoRef,
  type Environment,
} from "./github-context.js";
export { resolvePullRequest, findPullRequestByHead, type PullRequestRef } from "./pull-request.js";
export { composeBody, markerFor, disarmMarkers, COMMENT_LIMIT } from "./comment-body.js";
export { tokenLogin } from "./token-identity.js";
export {
  upsertStickyComment,
  stickyMarker,
  type StickyCommentOptions,
  type StickyCommentResult,
} from "./sticky-comment.js";
export {
  syncAlertIssue,
  alertMarker,
  DEFAULT_ALERT_LABEL,
  type AlertIssueOptions,
  type AlertIssueResult,
} from "./alert-issue.js";
export {
  createAnnotatedTag,
  listTags,
  type AnnotatedTagOptions,
  type AnnotatedTagResult,
  type TagRef,
} from "./git-tags.js";
export {
  findRelease,
  ensureRelease,
  listReleaseAssets,
  uploadReleaseAsset,
  downloadReleaseAsset,
  sha256Digest,
  type ReleaseOptions,
  type ReleaseRef,
  type AssetRef,
  type UploadAssetOptions,
} from "./releases.js";
export {
  createDeployment,
  setDeploymentStatus,
  listDeploymentStatuses,
  type DeploymentOptions,
  type DeploymentRef,
  type DeploymentState,
  type DeploymentStatusOptions,
} from "./deployments.js";
export {
  dispatchWorkflow,
  dispatchRef,
  findDispatchedRun,
  waitForRun,
  cancelRun,
  CORRELATION_INPUT,
  type DispatchOptions,
  type DispatchedRun,
  type RunOutcome,
} from "./workflow-dispatch.js";
export {
  uploadForkReport,
  writeForkReport,
  forkReportArtifactName,
  commentFromForkReport,
  FORK_REPORT_FILE,
  FORK_REPORT_MAX_BYTES,
  type ForkCommentOptions,
} from "./fork-report.js";
export { publishComment, type PublishOptions } from "./publish-comment.js";
export {
  commentBlocker,
  notPosted,
  type CommentMode,
  type PublishOutcome,
} from "./comment-blocker.js";
