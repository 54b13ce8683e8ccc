/**
 * One issue per alert key (a drifting dataset, say): opened when the condition appears, its body
 * kept current while it lasts, closed with a comment when it clears. Found by a hidden marker,
 * a label and the token's own authorship, so there is never a second open issue for one key.
 */
import type { GitHub } from "./client.js";
import { composeBody, markerFor } from "./comment-body.js";
import { converge, statusOf } from "./converge.js";
import type { RepoRef } from "./github-context.js";
import { tokenLogin } from "./token-identity.js";

export interface AlertIssueOptions {
  repo: RepoRef;
  key: string;
  /** Whether the condition holds now. */
  active: boolean;
  title: string;
  /** The issue body while active (markdown; untrusted parts through sanitizeMarkdown). */
  body: string;
  /** The comment left when the condition clears. */
  resolvedComment?: string;
  label?: string;
  fullReportUrl?: string;
  author?: string;
}

export interface AlertIssueResult {
  action: "opened" | "updated" | "unchanged" | "closed" | "none";
  issueNumber?: number;
  url?: string;
}

export const DEFAULT_ALERT_LABEL = "mlops-alert";

export const alertMarker = (key: string): string => markerFor("alert", key);

async function ensureLabel(github: GitHub, repo: RepoRef, name: string): Promise<void> {
  try {
    await github.octokit.rest.issues.getLabel({ ...repo, name });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    try {
      await github.octokit.rest.issues.createLabel({ ...repo, name, color: "d93f0b" });
    } catch (createError) {
      if (statusOf(createError) !== 422) throw createError; // created meanwhile
    }
  }
}

export async function syncAlertIssue(
  github: GitHub,
  options: AlertIssueOptions,
): Promise<AlertIssueResult> {
  const { repo } = options;
  const label = options.label ?? DEFAULT_ALERT_LABEL;
  const marker = alertMarker(options.key);
  const { body } = composeBody(marker, options.body, {
    ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
  });
  const author = options.author ?? (await tokenLogin(github));
  /** Marks this clearing's comment, so a retried close never comments twice. */
  const clearing = markerFor("alert-cleared", `${options.key}.${github.retry.now().toString(36)}`);

  let closing: { issueNumber: number; url: string } | undefined;
  return converge(github, `syncing the '${options.key}' alert issue`, async () => {
    const open = await github.octokit.paginate(github.octokit.rest.issues.listForRepo, {
      ...repo,
      state: "open",
      labels: label,
      per_page: 100,
    });
    const existing = open.find(
      (i) => !i.pull_request && i.user?.login === author && (i.body ?? "").startsWith(marker),
    );

    if (!options.active) {
      // A close whose answer was lost shows up as no open issue on the next try.
      if (!existing) return closing ? { action: "closed", ...closing } : { action: "none" };
      closing = { issueNumber: existing.number, url: existing.html_url };
      const where = { ...repo, issue_number: existing.number };
      const comments = await github.octokit.paginate(github.octokit.rest.issues.listComments, {
        ...where,
        per_page: 100,
      });
      if (!comments.some((c) => c.user?.login === author && c.body?.startsWith(clearing))) {
        const text = options.resolvedComment ?? "The condition cleared; closing.";
        await github.octokit.rest.issues.createComment({ ...where, body: `${clearing}\n${text}` });
      }
      await github.octokit.rest.issues.update({
        ...where,
        state: "closed",
        state_reason: "completed",
      });
      return { action: "closed", issueNumber: existing.number, url: existing.html_url };
    }

    if (existing) {
      if (existing.body === body && existing.title === options.title) {
        return { action: "unchanged", issueNumber: existing.number, url: existing.html_url };
      }
      const { data } = await github.octokit.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        title: options.title,
        body,
      });
      return { action: "updated", issueNumber: data.number, url: data.html_url };
    }

    await ensureLabel(github, repo, label);
    const { data } = await github.octokit.rest.issues.create({
      ...repo,
      title: options.title,
      body,
      labels: [label],
    });
    return { action: "opened", issueNumber: data.number, url: data.html_url };
  });
}
