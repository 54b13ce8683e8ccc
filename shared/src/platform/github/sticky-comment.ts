/**
 * One comment per pull request and report key, kept up to date: found by its hidden marker AND
 * by its author being this token (anyone can paste a marker), searched across every page of
 * comments (a busy PR has hundreds), then created, edited in place, or left alone when the body
 * is already right.
 */
import type { GitHub } from "./client.js";
import { composeBody, markerFor } from "./comment-body.js";
import { converge } from "./converge.js";
import type { RepoRef } from "./github-context.js";
import { tokenLogin } from "./token-identity.js";

export interface StickyCommentOptions {
  repo: RepoRef;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** Which report this is; one comment per key (e.g. `eval-gate`, `eval-gate/model-a`). */
  key: string;
  /** Markdown built from trusted templates, with untrusted parts through sanitizeMarkdown. */
  body: string;
  /** Where the whole report is, linked when the body had to be cut. */
  fullReportUrl?: string;
  /** The author to look for; by default the token's own login from GraphQL. */
  author?: string;
}

export interface StickyCommentResult {
  action: "created" | "updated" | "unchanged";
  commentId: number;
  url: string;
  truncated: boolean;
  /** Other comments of ours with the same key (left by older tools); reported, not touched. */
  duplicates: number;
}

export const stickyMarker = (key: string): string => markerFor("sticky", key);

export async function upsertStickyComment(
  github: GitHub,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const marker = stickyMarker(options.key);
  const { body, truncated } = composeBody(marker, options.body, {
    ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
  });
  const author = options.author ?? (await tokenLogin(github));
  const where = { ...options.repo, issue_number: options.issueNumber };

  return converge(
    github,
    `updating the '${options.key}' comment on #${options.issueNumber}`,
    async () => {
      const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
        ...where,
        per_page: 100,
      });
      const ours = comments.filter(
        (c) => c.user?.login === author && (c.body ?? "").startsWith(marker),
      );
      const existing = ours[0];
      const duplicates = Math.max(ours.length - 1, 0);
      if (!existing) {
        const { data } = await github.octokit.rest.issues.createComment({ ...where, body });
        return { action: "created", commentId: data.id, url: data.html_url, truncated, duplicates };
      }
      if (existing.body === body) {
        return {
          action: "unchanged",
          commentId: existing.id,
          url: existing.html_url,
          truncated,
          duplicates,
        };
      }
      const { data } = await github.octokit.rest.issues.updateComment({
        ...options.repo,
        comment_id: existing.id,
        body,
      });
      return { action: "updated", commentId: data.id, url: data.html_url, truncated, duplicates };
    },
  );
}
