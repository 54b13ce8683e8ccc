/**
 * The pull request a run belongs to. `pull_request` and `pull_request_target` carry it;
 * `push` and `workflow_run` do not always: a `workflow_run` started from a fork has an empty
 * `pull_requests`, so the PR is found by its head repository, branch and commit.
 */
import type { GitHub } from "./client.js";
import { converge } from "./converge.js";
import { MlopsError } from "../../engine/errors.js";
import { EVENT_FIX, type RepoRef } from "./github-context.js";

export interface PullRequestRef {
  number: number;
  headSha: string;
  headRef: string;
  /** owner/name of the repository the head branch lives in (a fork's, for fork PRs). */
  headRepo: string;
  baseRef: string;
  fromFork: boolean;
}

type Payload = Record<string, unknown>;

interface PullLike {
  number: number;
  head: { sha: string; ref: string; repo?: { full_name?: string } | null };
  base: { ref: string; repo?: { full_name?: string } | null };
}

const fromPull = (pull: PullLike, repo: RepoRef): PullRequestRef => {
  const headRepo = pull.head.repo?.full_name ?? `${repo.owner}/${repo.repo}`;
  return {
    number: pull.number,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    headRepo,
    baseRef: pull.base.ref,
    fromFork: headRepo !== `${repo.owner}/${repo.repo}`,
  };
};

/** The event's pull request, refused where it lacks what every pull request has. */
function eventPull(value: unknown): PullLike | undefined {
  if (value === undefined || value === null) return undefined;
  const pull = value as {
    number?: unknown;
    head?: { sha?: unknown; ref?: unknown };
    base?: { ref?: unknown };
  };
  const whole =
    Number.isSafeInteger(pull.number) &&
    typeof pull.head?.sha === "string" &&
    typeof pull.head.ref === "string" &&
    typeof pull.base?.ref === "string";
  if (!whole) {
    throw new MlopsError(
      "GITHUB_EVENT_PATH's pull_request lacks its number, head.sha, head.ref or base.ref",
      EVENT_FIX,
    );
  }
  return value as PullLike;
}

/** The open PR whose head is this repository, branch and commit, found through the API. */
export async function findPullRequestByHead(
  github: GitHub,
  repo: RepoRef,
  head: { repo: string; branch: string; sha?: string },
): Promise<PullRequestRef | undefined> {
  const headOwner = head.repo.split("/")[0] ?? "";
  const pulls = await converge(github, "listing pull requests by head", () =>
    github.octokit.paginate(github.octokit.rest.pulls.list, {
      ...repo,
      state: "open",
      head: `${headOwner}:${head.branch}`,
      per_page: 100,
    }),
  );
  const match = pulls.find(
    (p) =>
      (p.head.repo?.full_name ?? "") === head.repo &&
      (head.sha === undefined || p.head.sha === head.sha),
  );
  return match ? fromPull(match as PullLike, repo) : undefined;
}

/** The PR of this run, from the event payload and, where it lacks one, the API. */
export async function resolvePullRequest(
  github: GitHub,
  options: { repo: RepoRef; eventName: string | undefined; payload: Payload },
): Promise<PullRequestRef | undefined> {
  const { repo, eventName, payload } = options;
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pull = eventPull(payload.pull_request);
      return pull ? fromPull(pull, repo) : undefined;
    }
    case "push": {
      const ref = typeof payload.ref === "string" ? payload.ref : "";
      if (!ref.startsWith("refs/heads/")) return undefined;
      return findPullRequestByHead(github, repo, {
        repo: `${repo.owner}/${repo.repo}`,
        branch: ref.slice("refs/heads/".length),
        ...(typeof payload.after === "string" ? { sha: payload.after } : {}),
      });
    }
    case "workflow_run": {
      const run = payload.workflow_run as
        | {
            head_sha: string;
            head_branch: string | null;
            head_repository?: { full_name?: string } | null;
            pull_requests?: {
              number: number;
              head: { sha: string; ref: string };
              base: { ref: string };
            }[];
          }
        | undefined;
      if (!run) return undefined;
      const listed = run.pull_requests?.find((p) => p.head.sha === run.head_sha);
      if (listed) {
        // A listed PR names its head repository only by id and URL; the run names it in full.
        return fromPull(
          { ...listed, head: { ...listed.head, repo: run.head_repository ?? null } },
          repo,
        );
      }
      const headRepo = run.head_repository?.full_name;
      if (!headRepo || !run.head_branch) return undefined;
      return findPullRequestByHead(github, repo, {
        repo: headRepo,
        branch: run.head_branch,
        sha: run.head_sha,
      });
    }
    default:
      return undefined;
  }
}
