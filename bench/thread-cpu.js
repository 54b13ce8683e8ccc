// Where a command's CPU time goes, thread by thread: one run of it, outside the timed rounds,
// with each thread's user + system time read from /proc/<pid>/task every 10 ms (Linux only; a
// thread's last 10 ms may be missed). It tells work from waiting: a command whose threads
// together take as many CPU seconds as its wall time allows on this machine's cores is bound by
// work, and only less work makes it faster, not more overlap.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { clearInterval, setInterval } from "node:timers";

const POLL_MS = 10;
/** Clock ticks a second, as /proc counts CPU time (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** Each thread's name and CPU seconds so far, by thread id; threads gone are left out. */
function threadTimes(pid) {
  const times = new Map();
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return times;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // The name is in parentheses and may hold spaces; the fields after it are plain.
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      times.set(tid, { name, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return times;
}

/**
 * Runs `command args` once and resolves to its wall seconds and CPU seconds per kind of thread:
 * `main` (the command's own), `workers` (its worker threads, each), `v8` (V8's helper threads:
 * the optimising compiler and the concurrent garbage collector) and `other`. Null off Linux.
 */
export async function threadCpu(command, args) {
  if (!existsSync("/proc/self/task")) return null;
  const child = spawn(command, args, { stdio: "ignore" });
  const last = new Map();
  const poll = () => {
    for (const [tid, time] of threadTimes(child.pid)) last.set(tid, time);
  };
  const start = performance.now();
  const timer = setInterval(poll, POLL_MS);
  await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  clearInterval(timer);
  const seconds = (performance.now() - start) / 1000;
  const split = { main: 0, workers: [], v8: 0, other: 0 };
  for (const { name, seconds: cpu } of last.values()) {
    if (name === "WorkerThread") split.workers.push(cpu);
    else if (name === "V8Worker") split.v8 += cpu;
    else if (name === "MainThread" || name === "node") split.main += cpu;
    else split.other += cpu;
  }
  return { seconds, ...split };
}

/** The split as one line, with the CPU the machine's cores could give in the run's wall time. */
export function threadCpuText(split) {
  if (split === null) return "CPU by thread: not measured (no /proc on this system)";
  const { seconds, main, workers, v8, other } = split;
  const total = main + v8 + other + workers.reduce((sum, s) => sum + s, 0);
  const cores = availableParallelism();
  const s = (value) => `${value.toFixed(2)} s`;
  const threads = workers.length === 0 ? "" : `, worker threads ${workers.map(s).join(" + ")}`;
  return (
    `CPU by thread (one more run, ${s(seconds)}): main ${s(main)}${threads}, V8's compiler and ` +
    `GC helpers ${s(v8)}, other ${s(other)}; ${s(total)} in all, ` +
    `${((100 * total) / (seconds * cores)).toFixed(0)}% of what ${cores} cores give in that time`
  );
}
