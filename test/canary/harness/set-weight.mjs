// Sets the canary's share of the harness's nginx splitter, as a deployment's traffic command
// would: `node set-weight.mjs <splitter folder> <weight>`, weight a whole percent 0..100. Writes
// the upstream atomically, reloads nginx with the same prefix and configuration, and returns
// once nginx serves the new weight. On failure it restores the old upstream and exits 1 with
// one line on stderr.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { STATE_FILE, UPSTREAM_FILE, upstreamConf } from "./upstream.mjs";

function fail(message) {
  process.stderr.write(`set-weight: ${message}\n`);
  process.exit(1);
}

function writeAtomic(file, text) {
  writeFileSync(`${file}.next`, text);
  renameSync(`${file}.next`, file);
}

/** The weight nginx's current workers serve, over a fresh connection (not an old worker's). */
function servedWeight(probe) {
  return new Promise((resolve) => {
    const request = get(probe, { agent: false, timeout: 1000 }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(body.trim()));
    });
    request.on("error", () => resolve(undefined));
    request.on("timeout", () => request.destroy());
  });
}

/** The pids of the master's children (its workers), read from /proc. */
function workersOf(masterPid) {
  const workers = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name before it may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === masterPid) workers.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return workers;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * True once the new workers serve `weight` and every worker that served the old one has gone:
 * until an old worker has closed its listening socket it still accepts connections, and a
 * request it takes is split by the old weight.
 */
async function applied(probe, weight, oldWorkers, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await servedWeight(probe)) === `${weight}` && !oldWorkers.some(alive)) return true;
    await sleep(50);
  }
  return false;
}

const [dir, weightText] = process.argv.slice(2);
if (!dir || weightText === undefined)
  fail("usage: set-weight.mjs <splitter folder> <weight 0..100>");
if (!/^\d{1,3}$/.test(weightText) || Number(weightText) > 100) {
  fail(`weight '${weightText}' is not a whole number from 0 to 100`);
}
const weight = Number(weightText);
let state;
try {
  state = JSON.parse(readFileSync(join(dir, STATE_FILE), "utf8"));
} catch (error) {
  fail(`no splitter in ${dir}: ${error.message}`);
}
const file = join(dir, UPSTREAM_FILE);
const previous = readFileSync(file, "utf8");
/** The running master's workers; none when nginx is not running (its reload then fails). */
function currentWorkers() {
  try {
    return workersOf(Number(readFileSync(join(dir, "nginx.pid"), "utf8")));
  } catch {
    return [];
  }
}

const oldWorkers = currentWorkers();
writeAtomic(file, upstreamConf(state, weight));
const reload = spawnSync(state.nginx, [...state.args, "-s", "reload"], {
  encoding: "utf8",
  timeout: 10_000,
});
const lastLine = `${reload.stderr ?? ""}${reload.error?.message ?? ""}`.trim().split("\n").pop();
if (reload.status !== 0) {
  writeAtomic(file, previous);
  fail(`nginx did not reload: ${lastLine || `exit ${reload.status}`}`);
}
if (!(await applied(state.probe, weight, oldWorkers, 5_000))) {
  writeAtomic(file, previous);
  fail(`nginx reloaded but did not serve weight ${weight} within 5 s`);
}
