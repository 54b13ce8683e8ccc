import { MlopsError } from "../../engine/errors.js";

/**
 * A GitHub API call that failed after every retry the client allows. Names the call and the
 * status, and, where the status says what is wrong (a token without the permission, a missing
 * repository), how to fix it.
 */
export class GitHubError extends MlopsError {
  constructor(
    message: string,
    readonly status: number | undefined,
    fix?: string,
  ) {
    super(message, fix);
  }
}

/** Something of ours already exists and differs (a tag on another commit, an asset of that name). */
export class GitHubConflictError extends GitHubError {
  constructor(message: string, fix?: string) {
    super(message, 422, fix);
  }
}

/** The rate limit asks for a wait longer than the client is allowed to sleep. */
export class GitHubRateLimitError extends GitHubError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message, 403, "Run again after the limit resets, or use a token with a higher limit");
  }
}

/** A wait (for a dispatched run, a status) that did not end in time. */
export class GitHubTimeoutError extends GitHubError {
  constructor(message: string, fix?: string) {
    super(message, undefined, fix);
  }
}

/** The shape of the errors Octokit throws: a status and, when GitHub answered, the response. */
export interface HttpFailure {
  name: string;
  status?: number;
  message: string;
  response?: { headers: Record<string, string | number | undefined>; data?: unknown };
}

export const asHttpFailure = (error: unknown): HttpFailure | undefined =>
  error instanceof Error ? (error as Error & HttpFailure) : undefined;

const FIXES: Record<number, string> = {
  401: "The token is missing or expired; pass a valid 'github-token'",
  403: "Give the workflow the permission it needs in 'permissions:' (see the action's README)",
  404: "Check the repository name and that the token can see it",
};

/** Wraps any failure of a GitHub call into a GitHubError that names what was being done. */
export function toGitHubError(error: unknown, doing: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const failure = asHttpFailure(error);
  const status = failure?.response ? failure.status : undefined;
  const detail = failure?.message ?? String(error);
  const fix = status === undefined ? undefined : FIXES[status];
  const what = status === undefined ? "no answer" : `HTTP ${status}`;
  return new GitHubError(`GitHub: ${doing} failed (${what}): ${detail}`, status, fix);
}
