/**
 * Where a run is and what started it, read from the runner's environment by the adapter (the
 * core never reads process.env): pass `process.env` to `githubContextFromEnv`.
 */
import { readFile } from "../../engine/files/async-fs.js";

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

/** The webhook payload the runner wrote to GITHUB_EVENT_PATH; empty when there is none. */
export async function readEventPayload(
  eventPath: string | undefined,
): Promise<Record<string, unknown>> {
  if (!eventPath) return {};
  return JSON.parse(await readFile(eventPath, "utf8")) as Record<string, unknown>;
}
