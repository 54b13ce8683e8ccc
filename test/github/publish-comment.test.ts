import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { githubContextFromEnv, publishComment, readEventPayload } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { tempDir } from "../helpers/temp-dir.js";
import { openPullRequest, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

let gh: EmulatedGitHub;
beforeEach(async () => {
  gh = await startEmulatedGitHub();
});
afterEach(async () => {
  await gh.emulator.close();
});

/** A pull_request run's context whose event names pull request `number`. */
function pullRequestRun(number: number) {
  const { write } = tempDir();
  const event = { pull_request: { number, head: { sha: "1", ref: "f" }, base: { ref: "main" } } };
  return githubContextFromEnv(
    {
      GITHUB_API_URL: gh.emulator.apiUrl,
      GITHUB_REPOSITORY: "acme/models",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: write("event.json", JSON.stringify(event)),
    },
    WORKFLOW_TOKEN,
  );
}

const publish = (context: ReturnType<typeof githubContextFromEnv>) =>
  publishComment(context, { mode: "auto", key: "eval-gate", body: "### eval-gate: pass\n" });

describe("a pull-request comment that cannot be posted", () => {
  it("says the rate limit is spent, and for how long, rather than blaming the token's rights", async () => {
    const context = pullRequestRun(openPullRequest(gh.emulator));
    gh.emulator.rateLimit.remaining = 0;
    gh.emulator.rateLimit.reset = Math.floor(Date.now() / 1000) + 3600;
    const outcome = await publish(context);
    expect(outcome.posted).toBe(false);
    const reason = (outcome as { reason: string }).reason;
    expect(reason).toMatch(
      /^the token's GitHub API rate limit is spent for about \d+ min more; run again after it resets, or use a token with a higher limit$/,
    );
    // The reset an hour away, with the client's margin and the test's own time.
    expect(Number(/about (\d+) min/.exec(reason)?.[1])).toBeGreaterThanOrEqual(59);
    expect(Number(/about (\d+) min/.exec(reason)?.[1])).toBeLessThanOrEqual(62);
  });

  it("names the pull request GitHub does not know", async () => {
    const outcome = await publish(pullRequestRun(999));
    expect(outcome).toEqual({
      posted: false,
      reason:
        "GitHub answered 404 for pull request #999 of acme/models: it is not there, or the token cannot see it (a token of another repository, or 'pull-requests: write' is not granted)",
    });
  });
});

describe("the runner's event file", () => {
  it("is refused in one line when it cannot be read or holds no JSON object", async () => {
    const { dir, write } = tempDir();
    const fix =
      "The runner writes it for each job; outside a runner, unset GITHUB_EVENT_PATH or point it at a webhook payload (a JSON object)";
    await expect(readEventPayload(`${dir}/gone.json`)).rejects.toThrow(
      `GITHUB_EVENT_PATH is '${dir}/gone.json', which cannot be read (ENOENT)`,
    );
    for (const text of ["not json{", "null", "[1]", '"pull_request"']) {
      const path = write("event.json", text);
      await expect(readEventPayload(path)).rejects.toMatchObject({
        line: `GITHUB_EVENT_PATH is '${path}', which does not hold a JSON object. ${fix}`,
      });
    }
    expect(await readEventPayload(write("event.json", '{"action": "opened"}'))).toEqual({
      action: "opened",
    });
    expect(await readEventPayload(undefined)).toEqual({});
  });

  it("is refused where its pull request lacks what every pull request has", async () => {
    const { write } = tempDir();
    const context = githubContextFromEnv(
      {
        GITHUB_API_URL: gh.emulator.apiUrl,
        GITHUB_REPOSITORY: "acme/models",
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: write("event.json", '{"pull_request": {"number": 7}}'),
      },
      WORKFLOW_TOKEN,
    );
    await expect(publish(context)).rejects.toMatchObject({
      line: expect.stringMatching(
        /^GITHUB_EVENT_PATH's pull_request lacks its number, head\.sha, head\.ref or base\.ref\. The runner writes it/,
      ),
    });
  });
});
