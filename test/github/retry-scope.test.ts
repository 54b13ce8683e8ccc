import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  converge,
  createGitHubClient,
  GitHubError,
  isTransient,
  upsertStickyComment,
} from "@mlops/shared";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

let gh: EmulatedGitHub | undefined;
afterEach(async () => {
  await gh?.emulator.close();
  gh = undefined;
});

/** A local port nothing listens on: every connection is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Octokit's error for a request that got no answer: HttpError, status 500, no response. */
const noAnswer = () => Object.assign(new Error("fetch failed"), { name: "HttpError", status: 500 });

describe("what counts as a transient failure", () => {
  it("is a transport failure (fetch failed, caused by a refused or dropped connection) or a 5xx", () => {
    const dropped = new TypeError("fetch failed", {
      cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
    });
    expect(isTransient(Object.assign(noAnswer(), { cause: dropped }))).toBe(true);
    expect(
      isTransient(
        Object.assign(new Error("Bad Gateway"), { status: 502, response: { headers: {} } }),
      ),
    ).toBe(true);
  });

  it("is never a bug: a TypeError of our own, or a failure without a transport code", () => {
    expect(isTransient(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(
      false,
    );
    expect(isTransient(Object.assign(noAnswer(), { cause: new TypeError("Invalid URL") }))).toBe(
      false,
    );
  });
});

describe("an operation's retries", () => {
  it("throw a bug in a step at once, as it is: not retried, not reported as 'no answer'", async () => {
    gh = await startEmulatedGitHub();
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    let tries = 0;
    const failing = converge(gh.github, "doing something", async () => {
      tries += 1;
      throw bug;
    });
    await expect(failing).rejects.toBe(bug);
    expect(tries).toBe(1);
    expect(gh.waits).toEqual([]);
  });

  it("against an unreachable API end within the wait budget, and every wait is logged", async () => {
    const waits: number[] = [];
    const log: string[] = [];
    let seed = 7;
    const github = createGitHubClient({
      token: "t",
      apiUrl: `http://127.0.0.1:${await closedPort()}`,
      writeIntervalMs: 0,
      log: (line) => log.push(line),
      retry: {
        sleep: async (ms) => void waits.push(ms),
        random: () => (seed = (seed * 48271) % 2147483647) / 2147483647,
      },
    });
    const posting = upsertStickyComment(github, {
      repo: REPO,
      issueNumber: 1,
      key: "k",
      body: "b",
      author: "github-actions[bot]",
    });
    await expect(posting).rejects.toBeInstanceOf(GitHubError);
    await expect(posting).rejects.toThrow(/failed \(no answer\): .*ECONNREFUSED/);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(github.retry.maxWaitMs);
    // The client's retries and converge's single re-read, each wait said in the log.
    expect(waits.length).toBeLessThanOrEqual(2 * github.retry.retries + 1);
    expect(log.filter((line) => / in \d+ ms$/.test(line))).toHaveLength(waits.length);
  });
});
