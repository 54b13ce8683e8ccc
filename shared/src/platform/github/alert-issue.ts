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
  /**
   * Hidden markers (`markerFor`) that record what the alert did while the condition lasts (a
   * retraining it dispatched), written after the key's marker; read back by `findAlertIssue`.
   */
  records?: readonly string[];
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

type Issue = Awaited<
  ReturnType<GitHub["octokit"]["rest"]["issues"]["listForRepo"]>
>["data"][number];

/** The open issue of the key: by its marker, its label and the token's authorship. */
async function openIssue(
  github: GitHub,
  repo: RepoRef,
  label: string,
  author: string,
  marker: string,
): Promise<Issue | undefined> {
  const open = await github.octokit.paginate(github.octokit.rest.issues.listForRepo, {
    ...repo,
    state: "open",
    labels: label,
    per_page: 100,
  });
  return open.find(
    (i) => !i.pull_request && i.user?.login === author && (i.body ?? "").startsWith(marker),
  );
}

/**
 * The hidden markers after the key's at the top of an issue body. The content below is written
 * with its markers disarmed, so these are the ones `records` wrote, or a person's edit: what
 * they say is to be parsed strictly.
 */
function recordsOf(body: string): string[] {
  // A body edited in a browser comes back with CRLF line ends.
  const lines = body.split(/\r?\n/).slice(1);
  const end = lines.findIndex((line) => !/^<!-- mlops:[^\n]*-->$/.test(line));
  return end === -1 ? lines : lines.slice(0, end);
}

/**
 * The open issue of an alert key and the records it holds, or undefined when none is open: what
 * earlier runs did while the condition has lasted.
 */
export async function findAlertIssue(
  github: GitHub,
  options: Pick<AlertIssueOptions, "repo" | "key" | "label" | "author">,
): Promise<{ records: string[] } | undefined> {
  const label = options.label ?? DEFAULT_ALERT_LABEL;
  const author = options.author ?? (await tokenLogin(github));
  const marker = alertMarker(options.key);
  return converge(github, `reading the '${options.key}' alert issue`, async () => {
    const found = await openIssue(github, options.repo, label, author, marker);
    return found ? { records: recordsOf(found.body ?? "") } : undefined;
  });
}

export async function syncAlertIssue(
  github: GitHub,
  options: AlertIssueOptions,
): Promise<AlertIssueResult> {
  const { repo } = options;
  const label = options.label ?? DEFAULT_ALERT_LABEL;
  const marker = alertMarker(options.key);
  const { body } = composeBody([marker, ...(options.records ?? [])].join("\n"), options.body, {
    ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
  });
  const author = options.author ?? (await tokenLogin(github));
  /** Marks this clearing's comment, so a retried close never comments twice. */
  const clearing = markerFor("alert-cleared", `${options.key}.${github.retry.now().toString(36)}`);

  let closing: { issueNumber: number; url: string } | undefined;
  return converge(github, `syncing the '${options.key}' alert issue`, async () => {
    const existing = await openIssue(github, repo, label, author, marker);

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
