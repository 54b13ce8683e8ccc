/**
 * The two-workflow pattern for pull requests from forks, whose `pull_request` runs get a
 * read-only token and cannot comment. The `pull_request` run computes the report and uploads it
 * as an artifact (`uploadForkReport`); a `workflow_run` run, which has a writable token but
 * never runs the fork's code, downloads it, checks it against its contract, and comments
 * (`commentFromForkReport`). Nothing in the artifact is trusted: the PR number comes from the
 * API by head repository, branch and commit, the report must fit its schema, and the renderer
 * sanitises every string. See docs/fork-pull-requests.md.
 */
import { mkdir, writeFile } from "../../engine/files/async-fs.js";
import { join } from "node:path";
import type { ArtifactStore } from "../artifacts/artifact-store.js";
import { artifactName } from "../artifacts/artifact-name.js";
import { readRunArtifactJson } from "../artifacts/read-run-artifact.js";
import { validateContract, type Contract } from "../../engine/contracts/validate.js";
import { MlopsError } from "../../engine/errors.js";
import type { GitHub } from "./client.js";
import { readEventPayload, type GitHubContext, type RepoRef } from "./github-context.js";
import { resolvePullRequest } from "./pull-request.js";
import { upsertStickyComment, type StickyCommentResult } from "./sticky-comment.js";

export const FORK_REPORT_FILE = "mlops-report.json";
/**
 * Larger artifacts are refused before download (by their listed size) and after extraction (by
 * the size of every file in them): the artifact comes from untrusted code.
 */
export const FORK_REPORT_MAX_BYTES = 5 * 1024 * 1024;

interface Envelope {
  schema: "mlops.fork-report/v1";
  key: string;
  headSha: string;
  report: unknown;
}

/** The head commit of this run's pull request if it comes from a fork (a `pull_request` event). */
export async function forkPullRequestHead(context: GitHubContext): Promise<string | undefined> {
  if (context.eventName !== "pull_request" || !context.repo) return undefined;
  const pull = (await readEventPayload(context.eventPath)).pull_request as
    { head?: { sha?: string; repo?: { full_name?: string } | null } } | undefined;
  const headRepo = pull?.head?.repo?.full_name;
  const sha = pull?.head?.sha;
  const own = `${context.repo.owner}/${context.repo.repo}`;
  return headRepo && sha && headRepo !== own ? sha : undefined;
}

/** The artifact an action's fork report travels in, one per comment key. */
export const forkReportArtifactName = (key: string) => artifactName("mlops-fork-report", key);

/** Writes the report in its envelope as `workDir`/mlops-report.json, and returns that path. */
export async function writeForkReport(
  workDir: string,
  options: { key: string; headSha: string; report: unknown },
): Promise<string> {
  await mkdir(workDir, { recursive: true });
  const file = join(workDir, FORK_REPORT_FILE);
  const envelope: Envelope = {
    schema: "mlops.fork-report/v1",
    key: options.key,
    headSha: options.headSha,
    report: options.report,
  };
  await writeFile(file, `${JSON.stringify(envelope)}\n`);
  return file;
}

/** The `pull_request` half: writes the report into `workDir` and uploads it as `artifactName`. */
export async function uploadForkReport(
  store: ArtifactStore,
  options: { artifactName: string; key: string; headSha: string; report: unknown; workDir: string },
): Promise<void> {
  const file = await writeForkReport(options.workDir, options);
  await store.upload(options.artifactName, [file], options.workDir);
}

export interface ForkCommentOptions<T> {
  repo: RepoRef;
  /** The `workflow_run` event payload. */
  payload: Record<string, unknown>;
  /** A token that can read the other run's artifacts (`actions: read`). */
  token: string;
  artifactName: string;
  contract: Contract;
  /** Markdown of the validated report; it must pass untrusted strings through sanitizeMarkdown. */
  render: (report: T) => string;
  key: string;
  workDir: string;
  fullReportUrl?: string;
}

/**
 * The `workflow_run` half: the report, the markdown rendered from it and the comment made or
 * updated with it, or undefined when the run was not a fork's pull request's.
 */
export async function commentFromForkReport<T>(
  github: GitHub,
  store: ArtifactStore,
  options: ForkCommentOptions<T>,
): Promise<{ report: T; body: string; comment: StickyCommentResult } | undefined> {
  const run = options.payload.workflow_run as
    { id: number; event: string; head_sha: string; conclusion: string | null } | undefined;
  if (!run || run.event !== "pull_request") return undefined;
  const pr = await resolvePullRequest(github, {
    repo: options.repo,
    eventName: "workflow_run",
    payload: options.payload,
  });
  // A pull request of the repository itself was commented by its own run.
  if (!pr || !pr.fromFork) return undefined;

  const from = { token: options.token, runId: run.id, ...options.repo };
  const envelope = (await readRunArtifactJson(store, {
    from,
    name: options.artifactName,
    file: FORK_REPORT_FILE,
    maxBytes: FORK_REPORT_MAX_BYTES,
    what: "a report",
    workDir: options.workDir,
    missingFix: "Upload the report in the pull_request workflow under the same artifact name",
  })) as Partial<Envelope> | null;
  if (envelope?.schema !== "mlops.fork-report/v1" || envelope.key !== options.key) {
    throw new MlopsError(`${FORK_REPORT_FILE} is not a '${options.key}' fork report`);
  }
  if (envelope.headSha !== run.head_sha) {
    throw new MlopsError(
      `the report was made for commit ${String(envelope.headSha).slice(0, 12)}, the run for ${run.head_sha.slice(0, 12)}`,
    );
  }
  const report = validateContract<T>(options.contract, envelope.report, FORK_REPORT_FILE);
  const body = options.render(report);
  const comment = await upsertStickyComment(github, {
    repo: options.repo,
    issueNumber: pr.number,
    key: options.key,
    body,
    ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
  });
  return { report, body, comment };
}
