import { MlopsError } from "../errors.js";

/**
 * What stops a step: a runner cancelling it sends SIGINT, then SIGTERM 7.5 seconds later; a
 * closed terminal or a dropped ssh connection sends SIGHUP to a command run by hand.
 */
export const CANCEL_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** The step was cancelled while it waited: this process received one of CANCEL_SIGNALS. */
export class CancelledError extends MlopsError {
  constructor(readonly signal: string) {
    super(`the step was cancelled (${signal})`);
  }
}

/**
 * An AbortSignal that SIGINT, SIGTERM or SIGHUP of this process aborts with a CancelledError.
 * Until `release`, the signals do not end the process: what it started elsewhere (a dispatched
 * run) is stopped first.
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
