/**
 * Where a run is and what started it, read from the runner's environment by the adapter (the
 * core never reads process.env): pass `process.env` to `githubContextFromEnv`.
 */
import { MlopsError } from "../../engine/errors.js";
import { readFile } from "../../engine/files/async-fs.js";
import { shorten } from "../../engine/report/shorten.js";

/** github.com's REST API; Enterprise Server answers at https://HOST/api/v3. */
export const DEFAULT_API_URL = "https://api.github.com";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubContext {
  token: string | undefined;
  /** GITHUB_API_URL; GitHub Enterprise Server has https://HOST/api/v3. */
  apiUrl: string;
  serverUrl: string;
  repo: RepoRef | undefined;
  eventName: string | undefined;
  eventPath: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  runId: number | undefined;
  runAttempt: number | undefined;
  /** The run's page, where the job summary is: the link for a comment that had to be cut. */
  runUrl: string | undefined;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export function parseRepo(fullName: string | undefined): RepoRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName ?? "");
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined;
}

const positive = (text: string | undefined): number | undefined => {
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** The context from a runner's variables; `token` is whatever the adapter passes in (an input). */
export function githubContextFromEnv(env: Environment, token?: string): GitHubContext {
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repo = parseRepo(env.GITHUB_REPOSITORY);
  const runId = positive(env.GITHUB_RUN_ID);
  const runAttempt = positive(env.GITHUB_RUN_ATTEMPT);
  return {
    token: token || env.GITHUB_TOKEN || undefined,
    apiUrl: (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, ""),
    serverUrl,
    repo,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    runId,
    runAttempt,
    runUrl:
      repo && runId
        ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ""}`
        : undefined,
  };
}

/** The fix for an event file that is not the runner's: it is the runner's to write. */
export const EVENT_FIX =
  "The runner writes it for each job; outside a runner, unset GITHUB_EVENT_PATH or point it at a webhook payload (a JSON object)";

/**
 * The webhook payload the runner wrote to GITHUB_EVENT_PATH; empty when there is none. A file
 * that cannot be read, or holds anything but a JSON object, is refused in one line.
 */
export async function readEventPayload(
  eventPath: string | undefined,
): Promise<Record<string, unknown>> {
  if (!eventPath) return {};
  const refuse = (problem: string) =>
    new MlopsError(`GITHUB_EVENT_PATH is '${shorten(eventPath)}', ${problem}`, EVENT_FIX);
  let text: string;
  try {
    text = await readFile(eventPath, "utf8");
  } catch (error) {
    throw refuse(`which cannot be read (${(error as NodeJS.ErrnoException).code ?? "an error"})`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    payload = undefined;
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw refuse("which does not hold a JSON object");
  }
  return payload as Record<string, unknown>;
}
