import { MlopsError } from "../../engine/errors.js";
import { composeBody } from "../../platform/github/comment-body.js";
import {
  commentBlocker,
  notPosted,
  type CommentMode,
  type PublishOutcome,
} from "../../platform/github/comment-blocker.js";
import { stickyMarker } from "../../platform/github/sticky-comment.js";
import type { RunContext } from "../../interface/define-action.js";

/**
 * The comment as the pull request will hold it, after its hidden marker line: cut where the
 * sticky comment cuts it (GitHub's 65,536 characters), so that the comment file is the body
 * posted and posting it cuts nothing more.
 */
export function commentAsPosted(comment: string, key: string, runUrl: string | undefined): string {
  const marker = stickyMarker(key);
  const options = runUrl ? { fullReportUrl: runUrl } : {};
  return composeBody(marker, comment, options).body.slice(marker.length + 1);
}

export interface CommentRequest {
  readonly mode: CommentMode;
  readonly key: string;
  readonly token: string | undefined;
  readonly body: string;
}

/** What became of the comment: posted or not and why, or the error line of a failed post. */
export interface Publication {
  readonly outcome?: PublishOutcome;
  readonly failure?: string;
}

/**
 * Posts the comment on the run's pull request where the mode asks for it. Outside GitHub (the
 * CLI on a laptop) auto has nowhere to post and nothing to explain. A failed post (comment:
 * always, GitHub unreachable) is returned, not thrown: the verdict and reports stand.
 */
export async function postComment(
  request: CommentRequest,
  context: RunContext,
): Promise<Publication> {
  const { mode, key, body } = request;
  const github = { ...context.github, token: request.token ?? context.github.token };
  if (mode === "never" || (mode === "auto" && !github.repo)) return {};
  try {
    const blocker = commentBlocker(github, mode);
    if (blocker) return { outcome: notPosted(mode, blocker) };
    // The GitHub client is loaded only when a comment can be posted: a local run starts faster.
    const { publishComment } = await import("../../platform/github/publish-comment.js");
    return { outcome: await publishComment(github, { mode, key, body, log: context.log }) };
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    return { failure: error.line };
  }
}

/** The job summary: the whole comment (not cut at the comment's limit), and where it went. */
export function gateSummary(comment: string, { outcome, failure }: Publication): string {
  if (failure) {
    return `> **The pull-request comment failed**: ${failure}. It is this summary.\n\n${comment}`;
  }
  if (!outcome) return comment;
  return outcome.posted
    ? `${comment}\n[This comment on the pull request](${outcome.url}) (${outcome.action}).\n`
    : `> The pull-request comment was not posted: ${outcome.reason}. It is this summary.\n\n${comment}`;
}
