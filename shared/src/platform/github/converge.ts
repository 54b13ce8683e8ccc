/**
 * Runs an operation as read-then-act steps until the state is what was asked for. When a step
 * fails without a clear answer (a server error or a dropped connection after a POST), the write
 * may or may not have happened; the next try reads the state again and finds out, so a retry
 * never posts a second comment or opens a second issue. A request the client already retried
 * earns one re-read, not a new round of retries, and all backoff draws on the operation's wait
 * budget. A failure that is not GitHub's (a bug in a step) is thrown as it is, at once.
 */
import type { GitHub } from "./client.js";
import { asHttpFailure, toGitHubError } from "./github-error.js";
import { backoff, isTransient, wereRetriesSpent, withWaitBudget } from "./retry-policy.js";

export function converge<T>(
  github: GitHub,
  doing: string,
  step: (attempt: number) => Promise<T>,
): Promise<T> {
  const { retry } = github;
  return withWaitBudget(async (budget) => {
    let reread = false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await step(attempt);
      } catch (error) {
        // Octokit's RequestError is named HttpError; anything else is not a GitHub answer.
        if (asHttpFailure(error)?.name !== "HttpError") throw error;
        const spent = wereRetriesSpent(error);
        const delay = backoff(retry, attempt);
        if (
          !isTransient(error) ||
          (spent && reread) ||
          attempt + 1 >= retry.convergeAttempts ||
          budget.spentMs + delay > retry.maxWaitMs
        ) {
          throw toGitHubError(error, doing);
        }
        reread ||= spent;
        budget.spentMs += delay;
        github.log(
          `GitHub: ${doing} failed (${(error as Error).message}); reading again in ${delay} ms`,
        );
        await retry.sleep(delay);
      }
    }
  });
}

/** The status of a failed call when GitHub answered it, else undefined. */
export const statusOf = (error: unknown): number | undefined => {
  const e = error as { status?: number; response?: unknown } | undefined;
  return e?.response ? e.status : undefined;
};
