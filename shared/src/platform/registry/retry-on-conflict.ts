import { statSync } from "node:fs";
import { RegistryError, TagConflictError } from "./errors.js";

export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** A number in [0, 1): the jitter that keeps racing writers from retrying in lockstep. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch, as a file's mtime counts them. */
  readonly now: () => number;
}

export const defaultRetry: RetryOptions = {
  attempts: 16,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: Date.now,
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
  const started = options.now();
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TagConflictError)) throw error;
      if (i >= options.attempts) throw staleLock(error, started, options.attempts) ?? error;
      await options.sleep(Math.floor(options.random() * Math.min(1000, 25 * 2 ** i)));
    }
  }
}

/**
 * A conflict that no promotion makes: git's lock file, there before the first attempt and there
 * still after the last, outlived every writer's hold on it (a ref's lock lasts milliseconds). A
 * git process stopped while it held the lock left it behind, and only its removal helps.
 */
function staleLock(
  conflict: TagConflictError,
  started: number,
  attempts: number,
): RegistryError | undefined {
  const lock = conflict.lock;
  if (!lock) return undefined;
  const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
  if (since === undefined || since >= started) return undefined;
  return new RegistryError(
    `tag '${conflict.tag}' cannot be made: git's lock file ${lock}, from ${new Date(since).toISOString()}, was there before the first of ${attempts} tries and is there after the last, so no running promotion holds it`,
    `A git process that was stopped left it: remove ${lock} if no git process is running in the repository, and run again`,
  );
}
