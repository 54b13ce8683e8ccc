import { afterEach, describe, expect, it } from "vitest";
import { GitHubRateLimitError, upsertStickyComment } from "@mlops/shared";
import {
  openPullRequest,
  REPO,
  startEmulatedGitHub,
  type EmulatedGitHub,
} from "./emulated-github.js";

let gh: EmulatedGitHub;

afterEach(async () => {
  await gh.emulator.close();
});

const listReleases = () => gh.github.octokit.rest.repos.listReleases({ ...REPO });

describe("the GitHub client", () => {
  it("retries a GET after server errors and dropped connections, backing off", async () => {
    gh = await startEmulatedGitHub({
      faults: { seed: 1, rate: 1, count: 3, kinds: { "server-error": 1, reset: 1 } },
    });
    const { status } = await listReleases();
    expect(status).toBe(200);
    expect(gh.emulator.requests).toHaveLength(4);
    expect(gh.waits).toHaveLength(3);
  });

  it("waits as long as retry-after says on a secondary rate limit (403) and on 429", async () => {
    gh = await startEmulatedGitHub({
      faults: {
        seed: 2,
        rate: 1,
        count: 2,
        retryAfterSeconds: 7,
        kinds: { "secondary-limit": 1, "too-many-requests": 1 },
      },
    });
    await listReleases();
    expect(gh.waits).toEqual([7000, 7000]);
    expect(gh.emulator.requests.map((r) => r.status).slice(-1)).toEqual([200]);
  });

  it("waits until x-ratelimit-reset when the primary rate limit is spent", async () => {
    gh = await startEmulatedGitHub();
    const now = Date.now();
    gh.emulator.rateLimit.remaining = 0;
    gh.emulator.rateLimit.reset = Math.floor(now / 1000) + 120;
    const github = gh.client({
      retry: {
        now: () => now,
        sleep: async (ms) => {
          gh.waits.push(ms);
          gh.emulator.rateLimit.remaining = 100;
        },
      },
    });
    await github.octokit.rest.repos.listReleases({ ...REPO });
    expect(gh.waits).toHaveLength(1);
    expect(gh.waits[0]).toBeGreaterThanOrEqual(120_000);
    expect(gh.waits[0]).toBeLessThanOrEqual(122_000);
  });

  it("fails with a typed error rather than sleep past the longest wait it allows", async () => {
    gh = await startEmulatedGitHub();
    gh.emulator.rateLimit.remaining = 0;
    gh.emulator.rateLimit.reset = Math.floor(Date.now() / 1000) + 3600;
    const github = gh.client({ retry: { maxRateLimitWaitMs: 60_000 } });
    await expect(github.octokit.rest.repos.listReleases({ ...REPO })).rejects.toBeInstanceOf(
      GitHubRateLimitError,
    );
  });

  it("does not repeat a POST that failed without a clear answer: it may have taken effect", async () => {
    gh = await startEmulatedGitHub({
      faults: { seed: 3, rate: 1, count: 1, kinds: { "server-error": 1 }, only: /^POST / },
    });
    const pr = openPullRequest(gh.emulator);
    await expect(
      gh.github.octokit.rest.issues.createComment({ ...REPO, issue_number: pr, body: "x" }),
    ).rejects.toMatchObject({ status: 502 });
    expect(gh.emulator.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("gives up on a request that outlasts its timeout, after its retries", async () => {
    gh = await startEmulatedGitHub({ faults: { seed: 4, rate: 0, latencyMs: 300 } });
    const github = gh.client({ timeoutMs: 30, retry: { retries: 2 } });
    await expect(github.octokit.rest.repos.listReleases({ ...REPO })).rejects.toThrow();
    expect(gh.waits).toHaveLength(2);
  });

  it("reaches GitHub Enterprise Server under /api/v3, GraphQL under /api/graphql", async () => {
    gh = await startEmulatedGitHub({ enterprise: true });
    expect(gh.emulator.apiUrl).toMatch(/\/api\/v3$/);
    const pr = openPullRequest(gh.emulator);
    const result = await upsertStickyComment(gh.github, {
      repo: REPO,
      issueNumber: pr,
      key: "k",
      body: "b",
    });
    expect(result.action).toBe("created");
  });
});
