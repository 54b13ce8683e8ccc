/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: touching the `performance` global
 * loads perf_hooks, a few milliseconds of every action's start-up.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
