/**
 * When to try a GitHub request again, and how long to wait first, following GitHub's rules:
 * a `retry-after` header is obeyed; with `x-ratelimit-remaining: 0` the wait lasts until
 * `x-ratelimit-reset`; a secondary limit without either waits at least a minute, growing
 * exponentially. Server errors and dropped connections back off exponentially with jitter, and
 * only for requests that are safe to repeat. All the backoff of one operation (the client's
 * retries and converge's re-reads together) draws on one budget, so an unreachable API fails in
 * bounded time. Clock, sleep and randomness are injected so tests can run thousands of retries in
 * milliseconds.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { asHttpFailure } from "./github-error.js";

export interface RetryPolicy {
  /** Tries after the first for server errors, timeouts and dropped connections. */
  retries: number;
  /** Tries after the first for rate-limit answers. */
  rateLimitRetries: number;
  /** First backoff for server errors; doubles each try, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest rate-limit wait accepted; a longer one fails with GitHubRateLimitError. */
  maxRateLimitWaitMs: number;
  /** How many times an operation re-reads state and tries again after a failed step. */
  convergeAttempts: number;
  /** The most one operation sleeps in backoff for server errors and dropped connections. */
  maxWaitMs: number;
  /** Waits `ms`, or less when `signal` aborts (a cancelled step must not wait out a poll). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  random: () => number;
}

export const defaultRetryPolicy = (): RetryPolicy => ({
  retries: 6,
  rateLimitRetries: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRateLimitWaitMs: 15 * 60_000,
  convergeAttempts: 6,
  maxWaitMs: 60_000,
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    }),
  now: () => Date.now(),
  random: Math.random,
});

export type Verdict =
  | { kind: "rate-limited"; delayMs: number }
  | { kind: "transient"; delayMs: number }
  | { kind: "final" };

const SECONDARY = /secondary rate limit/i;
/** Codes of a connection that could not be made or was dropped: nothing came back. */
const TRANSPORT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempt)]. */
export const backoff = (policy: RetryPolicy, attempt: number): number =>
  Math.floor(policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));

/** The wait a rate-limit answer asks for, or undefined when the answer is not a rate limit. */
export function rateLimitWait(
  error: unknown,
  policy: RetryPolicy,
  attempt: number,
): number | undefined {
  const failure = asHttpFailure(error);
  if (!failure?.response || (failure.status !== 403 && failure.status !== 429)) return undefined;
  const headers = failure.response.headers;
  const retryAfter = Number(headers["retry-after"]);
  if (headers["retry-after"] !== undefined && Number.isFinite(retryAfter)) {
    return Math.max(retryAfter, 0) * 1000;
  }
  if (
    String(headers["x-ratelimit-remaining"]) === "0" &&
    headers["x-ratelimit-reset"] !== undefined
  ) {
    const resetMs = Number(headers["x-ratelimit-reset"]) * 1000;
    return Math.max(resetMs - policy.now(), 0) + 1000;
  }
  const message = `${failure.message} ${JSON.stringify(failure.response.data ?? "")}`;
  if (failure.status === 429 || SECONDARY.test(message)) return 60_000 * 2 ** attempt;
  return undefined;
}

/**
 * Whether the error or one it wraps has a transport code. Octokit wraps fetch's "fetch failed"
 * TypeError, which wraps the socket's error; the client's own timeout carries ETIMEDOUT.
 */
function transportFailure(error: unknown): boolean {
  let cause = error;
  for (let depth = 0; cause instanceof Error && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && TRANSPORT_CODES.has(code)) return true;
    cause = cause.cause;
  }
  return false;
}

/**
 * A failure where the request may never have reached GitHub (a connection refused, dropped or
 * timed out), or GitHub failed on its side (5xx). Anything else, a TypeError from a bug above
 * all, is final.
 */
export function isTransient(error: unknown): boolean {
  const failure = asHttpFailure(error);
  if (!failure) return false;
  if (failure.response) return failure.status !== undefined && failure.status >= 500;
  return transportFailure(error);
}

/** The backoff one operation has slept so far. */
export interface WaitBudget {
  spentMs: number;
}

const budgets = new AsyncLocalStorage<WaitBudget>();

/** Runs `work` as one operation whose requests share a wait budget (an enclosing one if any). */
export function withWaitBudget<T>(work: (budget: WaitBudget) => Promise<T>): Promise<T> {
  const outer = budgets.getStore();
  if (outer) return work(outer);
  const budget = { spentMs: 0 };
  return budgets.run(budget, () => work(budget));
}

/** The budget of the operation running now; a lone request outside one gets its own. */
export const currentWaitBudget = (): WaitBudget => budgets.getStore() ?? { spentMs: 0 };

const retriesSpent = new WeakSet<object>();

/** Marks a failure the client already retried, so that converge does not multiply the retries. */
export const markRetriesSpent = (error: unknown): void => {
  if (error instanceof Object) retriesSpent.add(error);
};

export const wereRetriesSpent = (error: unknown): boolean =>
  error instanceof Object && retriesSpent.has(error);
