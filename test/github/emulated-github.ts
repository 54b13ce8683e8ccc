/**
 * A GitHub emulator and a client aimed at it whose waits take no time, for tests: backoff and
 * rate-limit waits are recorded in `waits` instead of slept.
 */
import { createGitHubClient, type GitHub, type GitHubClientOptions } from "@mlops/shared";
import {
  GitHubEmulator,
  WORKFLOW_TOKEN,
  type EmulatorOptions,
} from "../emulator/github-emulator.js";

export interface EmulatedGitHub {
  emulator: GitHubEmulator;
  github: GitHub;
  waits: number[];
  /** Another client on the same emulator, e.g. with another token. */
  client: (options?: Partial<GitHubClientOptions>) => GitHub;
}

export async function startEmulatedGitHub(options: EmulatorOptions = {}): Promise<EmulatedGitHub> {
  const emulator = await GitHubEmulator.start(options);
  const waits: number[] = [];
  let seed = 1;
  const client = (extra: Partial<GitHubClientOptions> = {}) =>
    createGitHubClient({
      token: WORKFLOW_TOKEN,
      apiUrl: emulator.apiUrl,
      writeIntervalMs: 0,
      timeoutMs: 5_000,
      ...extra,
      retry: {
        sleep: async (ms) => void waits.push(ms),
        random: () => (seed = (seed * 48271) % 2147483647) / 2147483647,
        ...extra.retry,
      },
    });
  return { emulator, github: client(), waits, client };
}

export const REPO = { owner: "acme", repo: "models" };

/** A same-repository pull request in the emulator; returns its number. */
export function openPullRequest(emulator: GitHubEmulator, branch = "feature"): number {
  const repo = emulator.repo(`${REPO.owner}/${REPO.repo}`);
  const head = repo.addCommit(branch);
  repo.refs.set(`refs/heads/${branch}`, head);
  return repo.addPull({
    title: `Change ${branch}`,
    head: { ref: branch, sha: head, repo: `${REPO.owner}/${REPO.repo}` },
    base: { ref: "main", sha: repo.addCommit("main") },
  });
}

/** A pull request from mallory/models' branch patch-1 to acme/models, as a fork opens one. */
export function openForkPullRequest(emulator: GitHubEmulator): { number: number; headSha: string } {
  const headSha = emulator.repo("mallory/models").addCommit("fork");
  const number = emulator.repo(`${REPO.owner}/${REPO.repo}`).addPull({
    title: "A better model, from a fork",
    head: { ref: "patch-1", sha: headSha, repo: "mallory/models" },
    base: { ref: "main", sha: headSha },
  });
  return { number, headSha };
}

/** The event of a workflow_run workflow started by the fork's pull_request run `runId`. */
export const forkWorkflowRunEvent = (runId: number, headSha: string) => ({
  workflow_run: {
    id: runId,
    event: "pull_request",
    head_sha: headSha,
    head_branch: "patch-1",
    head_repository: { full_name: "mallory/models" },
    pull_requests: [],
    conclusion: "success",
    html_url: `https://github.com/${REPO.owner}/${REPO.repo}/actions/runs/${runId}`,
  },
});
