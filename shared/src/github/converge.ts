/**
 * Runs an operation as read-then-act steps until the state is what was asked for. When a step
 * fails without a clear answer (a server error or a dropped connection after a POST), the write
 * may or may not have happened; the next try reads the state again and finds out, so a retry
 * never posts a second comment or opens a second issue.
 */
import type { GitHub } from "./client.js";
import { toGitHubError } from "./github-error.js";
import { backoff, isTransient } from "./retry-policy.js";

export async function converge<T>(
  github: GitHub,
  doing: string,
  step: (attempt: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step(attempt);
    } catch (error) {
      if (!isTransient(error) || attempt + 1 >= github.retry.convergeAttempts) {
        throw toGitHubError(error, doing);
      }
      await github.retry.sleep(backoff(github.retry, attempt));
    }
  }
}

/** The status of a failed call when GitHub answered it, else undefined. */
export const statusOf = (error: unknown): number | undefined => {
  const e = error as { status?: number; response?: unknown } | undefined;
  return e?.response ? e.status : undefined;
};
