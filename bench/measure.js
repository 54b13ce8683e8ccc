// Runs a benchmark's command as a child process timed from outside: wall seconds, and the peak
// RSS and CPU seconds (user + system) that /usr/bin/time reports for that process alone (NaN
// where /usr/bin/time is missing). CPU seconds move less than wall seconds on a busy machine.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const hasTime = existsSync("/usr/bin/time");

/**
 * Runs `command args` and returns its stdout, wall seconds, CPU seconds and peak RSS in KiB. An
 * exit status outside `okStatuses` (default 0 only) throws with the command's stderr.
 */
export function measure(command, args, { okStatuses = [0] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), "mlops-bench-time-"));
  const timing = join(scratch, "time.txt");
  const start = performance.now();
  const child = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", timing, command, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  try {
    if (!okStatuses.includes(child.status)) {
      throw new Error(`${command} ${args.join(" ")} failed (${child.status}):\n${child.stderr}`);
    }
    // The last line: a failing command's status line comes before it.
    const [rssKb, user, system] = hasTime
      ? readFileSync(timing, "utf8").trim().split("\n").pop().split(" ").map(Number)
      : [NaN, NaN, NaN];
    return { stdout: child.stdout, seconds, cpuSeconds: user + system, rssKb };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** KiB as whole megabytes, for the printed tables. */
export const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** How many alternating rounds a benchmark runs: `--rounds N` (or `--rounds=N`), else 3. */
export function roundsFromArgs(argv = process.argv.slice(2)) {
  const at = argv.findIndex((arg) => arg === "--rounds" || arg.startsWith("--rounds="));
  if (at < 0) return 3;
  const given = argv[at].includes("=") ? argv[at].slice("--rounds=".length) : argv[at + 1];
  const rounds = Number(given);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`--rounds takes a whole number of at least 1, not ${given ?? "nothing"}`);
  }
  return rounds;
}

/**
 * Runs each of `runs` (a name and a function that measures once) in turn, round after round:
 * alternating, so that a slow spell of a shared machine falls on every side alike. Returns,
 * per name, its fastest round (time and CPU seconds, as the targets are judged on the best of
 * several runs) with the largest peak RSS of any round (memory is judged at its worst), and
 * every round's seconds as `times`.
 */
export function alternating(runs, rounds) {
  const all = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(runs)) all[name].push(run());
  }
  return Object.fromEntries(
    Object.entries(all).map(([name, list]) => {
      const fastest = list.reduce((best, m) => (m.seconds < best.seconds ? m : best));
      const rssKb = Math.max(...list.map((m) => m.rssKb));
      return [name, { ...fastest, rssKb, times: list.map((m) => m.seconds) }];
    }),
  );
}

/** A measurement's best time with every round's, as the benchmarks print it. */
export const roundsText = ({ seconds, times }) =>
  times.length === 1
    ? `${seconds.toFixed(2)} s`
    : `${seconds.toFixed(2)} s (best of ${times.map((s) => s.toFixed(2)).join(", ")})`;
