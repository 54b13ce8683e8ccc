import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolvePullRequest } from "@mlops/shared";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

let gh: EmulatedGitHub;
let forkPr: number;
let forkSha: string;

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  const repo = gh.emulator.repo("acme/models");
  forkSha = gh.emulator.repo("mallory/models").addCommit("fork");
  repo.addPull({
    title: "Same branch name, other fork",
    head: { ref: "patch-1", sha: "1".repeat(40), repo: "eve/models" },
    base: { ref: "main", sha: repo.addCommit() },
  });
  forkPr = repo.addPull({
    title: "From a fork",
    head: { ref: "patch-1", sha: forkSha, repo: "mallory/models" },
    base: { ref: "main", sha: repo.addCommit() },
  });
});

afterEach(async () => {
  await gh.emulator.close();
});

describe("the pull request of a run", () => {
  it("comes from the payload on pull_request and pull_request_target", async () => {
    const payload = {
      pull_request: {
        number: 7,
        head: { sha: "a".repeat(40), ref: "f", repo: { full_name: "mallory/models" } },
        base: { ref: "main", repo: { full_name: "acme/models" } },
      },
    };
    for (const eventName of ["pull_request", "pull_request_target"]) {
      const pr = await resolvePullRequest(gh.github, { repo: REPO, eventName, payload });
      expect(pr).toEqual({
        number: 7,
        headSha: "a".repeat(40),
        headRef: "f",
        headRepo: "mallory/models",
        baseRef: "main",
        fromFork: true,
      });
    }
  });

  it("is found by head repository, branch and commit for a workflow_run from a fork", async () => {
    const payload = {
      workflow_run: {
        head_sha: forkSha,
        head_branch: "patch-1",
        head_repository: { full_name: "mallory/models" },
        pull_requests: [],
      },
    };
    const pr = await resolvePullRequest(gh.github, {
      repo: REPO,
      eventName: "workflow_run",
      payload,
    });
    expect(pr).toMatchObject({ number: forkPr, headRepo: "mallory/models", fromFork: true });
  });

  it("is not found when the fork has pushed another commit since", async () => {
    const payload = {
      workflow_run: {
        head_sha: "f".repeat(40),
        head_branch: "patch-1",
        head_repository: { full_name: "mallory/models" },
        pull_requests: [],
      },
    };
    expect(
      await resolvePullRequest(gh.github, { repo: REPO, eventName: "workflow_run", payload }),
    ).toBeUndefined();
  });

  it("comes from workflow_run.pull_requests when GitHub fills it (same repository)", async () => {
    const sha = "b".repeat(40);
    const payload = {
      workflow_run: {
        head_sha: sha,
        head_branch: "f",
        head_repository: { full_name: "acme/models" },
        pull_requests: [{ number: 4, head: { sha, ref: "f" }, base: { ref: "main" } }],
      },
    };
    const pr = await resolvePullRequest(gh.github, {
      repo: REPO,
      eventName: "workflow_run",
      payload,
    });
    expect(pr).toMatchObject({ number: 4, fromFork: false });
    expect(gh.emulator.requests).toHaveLength(0);
  });

  it("is the open pull request of the pushed branch on push", async () => {
    const repo = gh.emulator.repo("acme/models");
    const sha = repo.addCommit("push");
    const number = repo.addPull({
      title: "t",
      head: { ref: "topic", sha, repo: "acme/models" },
      base: { ref: "main", sha },
    });
    const payload = { ref: "refs/heads/topic", after: sha };
    const pr = await resolvePullRequest(gh.github, { repo: REPO, eventName: "push", payload });
    expect(pr).toMatchObject({ number, fromFork: false });
  });

  it("is none for events without one", async () => {
    expect(
      await resolvePullRequest(gh.github, { repo: REPO, eventName: "schedule", payload: {} }),
    ).toBeUndefined();
    expect(
      await resolvePullRequest(gh.github, {
        repo: REPO,
        eventName: "push",
        payload: { ref: "refs/tags/v1" },
      }),
    ).toBeUndefined();
  });

  it("is marked from a fork when a workflow_run lists it and the head repository is another", async () => {
    const run = (headRepo: string) => ({
      workflow_run: {
        head_sha: forkSha,
        head_branch: "patch-1",
        head_repository: { full_name: headRepo },
        pull_requests: [
          { number: 12, head: { sha: forkSha, ref: "patch-1" }, base: { ref: "main" } },
        ],
      },
    });
    const resolve = (headRepo: string) =>
      resolvePullRequest(gh.github, {
        repo: REPO,
        eventName: "workflow_run",
        payload: run(headRepo),
      });
    expect(await resolve("mallory/models")).toEqual({
      number: 12,
      headSha: forkSha,
      headRef: "patch-1",
      headRepo: "mallory/models",
      baseRef: "main",
      fromFork: true,
    });
    expect(await resolve("acme/models")).toMatchObject({ number: 12, fromFork: false });
  });
});
