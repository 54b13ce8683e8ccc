import { TagConflictError } from "./errors.js";

export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** A number in [0, 1): the jitter that keeps racing writers from retrying in lockstep. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultRetry: RetryOptions = {
  attempts: 16,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs `attempt` until it does not lose a race: each attempt re-reads the registry, so a
 * conflict means someone else's tag landed first and the next attempt sees it. Full jitter
 * over an exponential ceiling (25 ms doubling, at most 1 s).
 */
export async function retryOnConflict<T>(
  attempt: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TagConflictError) || i >= options.attempts) throw error;
      await options.sleep(Math.floor(options.random() * Math.min(1000, 25 * 2 ** i)));
    }
  }
}
