import { MlopsError } from "../errors.js";

/** What a runner sends a step it cancels: SIGINT, then SIGTERM 7.5 seconds later. */
export const CANCEL_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/** The step was cancelled while it waited: this process received SIGINT or SIGTERM. */
export class CancelledError extends MlopsError {
  constructor(readonly signal: string) {
    super(`the step was cancelled (${signal})`);
  }
}

/**
 * An AbortSignal that SIGINT or SIGTERM of this process aborts with a CancelledError. Until
 * `release`, the signals do not end the process: what it started elsewhere (a dispatched run) is
 * stopped first.
 */
export function abortOnSignals(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const abort = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(new CancelledError(name));
  };
  for (const name of CANCEL_SIGNALS) process.on(name, abort);
  return {
    signal: controller.signal,
    release: () => CANCEL_SIGNALS.forEach((name) => process.off(name, abort)),
  };
}
