// Sets the canary's share of the harness's nginx splitter, as a deployment's traffic command
// would: `node set-weight.mjs <splitter folder> <weight>`, weight a whole percent 0..100. Writes
// the upstream atomically, reloads nginx with the same prefix and configuration, and returns
// once nginx serves the new weight. On failure it restores the old upstream and exits 1 with
// one line on stderr.
import { spawnSync } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
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

async function applied(probe, weight, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await servedWeight(probe)) === `${weight}`) return true;
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
if (!(await applied(state.probe, weight, 5_000))) {
  writeAtomic(file, previous);
  fail(`nginx reloaded but did not serve weight ${weight} within 5 s`);
}
