/**
 * Posts a report as the sticky comment of the run's pull request, or says why it could not: no
 * token, no repository, no pull request for this event, or a token that may not write (a fork's
 * pull request). `auto` turns those into a reason the caller shows in the job summary;
 * `always` turns them into an error.
 */
import { createGitHubClient } from "./client.js";
import {
  commentBlocker,
  notPosted,
  type CommentMode,
  type PublishOutcome,
} from "./comment-blocker.js";
import { readEventPayload, type GitHubContext } from "./github-context.js";
import { GitHubError, GitHubRateLimitError } from "./github-error.js";
import { resolvePullRequest } from "./pull-request.js";
import { upsertStickyComment } from "./sticky-comment.js";

export interface PublishOptions {
  readonly mode: CommentMode;
  /** One comment per key on a pull request. */
  readonly key: string;
  readonly body: string;
  readonly log?: (line: string) => void;
}

const FORK_HELP = "see docs/fork-pull-requests.md for the two-workflow pattern";

export async function publishComment(
  context: GitHubContext,
  options: PublishOptions,
): Promise<PublishOutcome> {
  const skip = (reason: string) => notPosted(options.mode, reason);
  const { token, repo } = context;
  const blocker = commentBlocker(context, options.mode);
  if (blocker !== undefined || !token || !repo) return skip(blocker ?? "no token or repository");
  const github = createGitHubClient({
    token,
    apiUrl: context.apiUrl,
    ...(options.log ? { log: options.log } : {}),
  });
  let number: number | undefined;
  try {
    const pull = await resolvePullRequest(github, {
      repo,
      eventName: context.eventName,
      payload: await readEventPayload(context.eventPath),
    });
    if (!pull) return skip(`no pull request belongs to this ${context.eventName ?? "run"} event`);
    number = pull.number;
    const result = await upsertStickyComment(github, {
      repo,
      issueNumber: pull.number,
      key: options.key,
      body: options.body,
      ...(context.runUrl ? { fullReportUrl: context.runUrl } : {}),
    });
    return { posted: true, url: result.url, action: result.action };
  } catch (error) {
    if (error instanceof GitHubRateLimitError) {
      const minutes = Math.ceil(error.retryAfterMs / 60_000);
      return skip(
        `the token's GitHub API rate limit is spent for about ${minutes} min more; run again after it resets, or use a token with a higher limit`,
      );
    }
    if (error instanceof GitHubError && error.status === 403) {
      return skip(
        `the token may not write comments here (a pull request from a fork, or 'pull-requests: write' is not granted); ${FORK_HELP}`,
      );
    }
    if (error instanceof GitHubError && error.status === 404) {
      const what = number === undefined ? "the pull request" : `pull request #${number}`;
      return skip(
        `GitHub answered 404 for ${what} of ${repo.owner}/${repo.repo}: it is not there, or the token cannot see it (a token of another repository, or 'pull-requests: write' is not granted)`,
      );
    }
    throw error;
  }
}
