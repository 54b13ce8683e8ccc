/**
 * When to try a GitHub request again, and how long to wait first, following GitHub's rules:
 * a `retry-after` header is obeyed; with `x-ratelimit-remaining: 0` the wait lasts until
 * `x-ratelimit-reset`; a secondary limit without either waits at least a minute, growing
 * exponentially. Server errors and dropped connections back off exponentially with jitter, and
 * only for requests that are safe to repeat. Clock, sleep and randomness are injected so tests
 * can run thousands of retries in milliseconds.
 */
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
  sleep: (ms: number) => Promise<void>;
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
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: Math.random,
});

export type Verdict =
  | { kind: "rate-limited"; delayMs: number }
  | { kind: "transient"; delayMs: number }
  | { kind: "final" };

const SECONDARY = /secondary rate limit/i;
const NO_ANSWER = new Set(["HttpError", "TypeError", "AbortError", "TimeoutError"]);

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

/** A failure where the request may never have reached GitHub, or GitHub failed on its side. */
export function isTransient(error: unknown): boolean {
  const failure = asHttpFailure(error);
  if (!failure) return false;
  // No answer: Octokit's HttpError without a response is a network failure or a timeout.
  if (!failure.response) return NO_ANSWER.has(failure.name);
  return failure.status !== undefined && failure.status >= 500;
}
