/**
 * The Octokit every GitHub call goes through. One request hook carries the whole policy:
 * a timeout per try, GitHub's rate-limit rules for every method (a limited request was not
 * served, so repeating it is safe), backoff on server errors and dropped connections for requests
 * that are safe to repeat, and a gap between writes as GitHub asks of integrations. A POST that
 * fails without an answer is not repeated here: it may have taken effect, so the operation above
 * re-reads the state and decides (see converge.ts). Backoff stops when the operation's wait
 * budget is spent, and every wait is logged. This hook replaces plugin-retry and
 * plugin-throttling, whose Bottleneck timers cannot be driven by an injected clock and which
 * repeat a POST after a server error (a duplicate comment).
 */
import { Octokit } from "@octokit/rest";
import { DEFAULT_API_URL } from "./github-context.js";
import { GitHubRateLimitError } from "./github-error.js";
import {
  backoff,
  currentWaitBudget,
  defaultRetryPolicy,
  isTransient,
  markRetriesSpent,
  rateLimitWait,
  type RetryPolicy,
} from "./retry-policy.js";

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl?: string;
  userAgent?: string;
  /** Limit for one try of one request. */
  timeoutMs?: number;
  /** Gap between writes (POST, PATCH, PUT, DELETE); GitHub asks for about a second. */
  writeIntervalMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Where to say that a request is being retried (the runner's debug log, say). */
  log?: (line: string) => void;
}

export interface GitHub {
  readonly octokit: Octokit;
  readonly retry: RetryPolicy;
  readonly apiUrl: string;
  /** Where retries and re-reads are told, so that a long wait is never silent. */
  readonly log: (line: string) => void;
}

const WRITES = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const SAFE = new Set(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"]);

/** GraphQL queries only read, so a POST to /graphql is as safe to repeat as a GET. */
const safeToRepeat = (method: string, url: string): boolean =>
  SAFE.has(method) || (method === "POST" && /\/graphql$/.test(url));

export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
  const retry: RetryPolicy = { ...defaultRetryPolicy(), ...options.retry };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const writeIntervalMs = options.writeIntervalMs ?? 1_000;
  const log = options.log ?? (() => {});
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: apiUrl,
    userAgent: options.userAgent ?? "mlops",
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  });

  let lastWrite = -Infinity;
  let writeQueue: Promise<unknown> = Promise.resolve();
  /** Writes go one at a time, at least `writeIntervalMs` apart. */
  const gateWrite = <T>(send: () => Promise<T>): Promise<T> => {
    const turn = writeQueue.then(async () => {
      const wait = lastWrite + writeIntervalMs - retry.now();
      if (wait > 0) await retry.sleep(wait);
      lastWrite = retry.now();
      return send();
    });
    writeQueue = turn.catch(() => undefined);
    return turn;
  };

  octokit.hook.wrap("request", async (request, requestOptions) => {
    const method = String(requestOptions.method).toUpperCase();
    const url = String(requestOptions.url);
    const repeatable = safeToRepeat(method, url);
    const write = WRITES.has(method) && !/\/graphql$/.test(url);
    const budget = currentWaitBudget();
    let transientTries = 0;
    let limitTries = 0;
    for (;;) {
      // A controller and a timer: Node may collect an AbortSignal.timeout() signal early.
      const attempt = async () => {
        const controller = new AbortController();
        // ETIMEDOUT marks the abort as a transport failure (see isTransient).
        const timeout = Object.assign(new Error(`no answer within ${timeoutMs} ms`), {
          code: "ETIMEDOUT",
        });
        const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
        try {
          // Set on the shared options object: inner hooks call on with the options they were
          // bound to, so a copy passed to `request` would not reach fetch.
          requestOptions.request = { ...requestOptions.request, signal: controller.signal };
          return await request(requestOptions);
        } finally {
          clearTimeout(timer);
        }
      };
      try {
        return await (write ? gateWrite(attempt) : attempt());
      } catch (error) {
        const limitWait = rateLimitWait(error, retry, limitTries);
        if (limitWait !== undefined) {
          if (limitWait > retry.maxRateLimitWaitMs || limitTries >= retry.rateLimitRetries) {
            throw new GitHubRateLimitError(
              `GitHub: ${method} ${url} is rate limited for ${Math.ceil(limitWait / 1000)} s more`,
              limitWait,
            );
          }
          limitTries += 1;
          log(`GitHub rate limit on ${method} ${url}: waiting ${limitWait} ms`);
          await retry.sleep(limitWait);
          continue;
        }
        if (repeatable && isTransient(error)) {
          const delay = backoff(retry, transientTries);
          const reason = (error as Error).message;
          if (transientTries < retry.retries && budget.spentMs + delay <= retry.maxWaitMs) {
            transientTries += 1;
            budget.spentMs += delay;
            log(`GitHub ${method} ${url} failed (${reason}); retry in ${delay} ms`);
            await retry.sleep(delay);
            continue;
          }
          log(
            `GitHub ${method} ${url} failed (${reason}); giving up after ${transientTries} retries`,
          );
          markRetriesSpent(error);
        }
        throw error;
      }
    }
  });

  return { octokit, retry, apiUrl, log };
}
