import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { ModelServer } from "./model-server.js";
import {
  endProcess,
  freePort,
  harnessDir,
  onCleanup,
  spawnTracked,
  waitUntilReady,
} from "./processes.js";
import { NGINX } from "./requirements.js";
import { readWeight, STATE_FILE, UPSTREAM_FILE, upstreamConf } from "./upstream.mjs";

export interface Splitter {
  /** Where the load generator sends requests. */
  url: string;
  /** The argv of the set-weight command: contains the literal "{weight}" (canary's percent 0..100). */
  setWeightCommand: readonly string[];
  /** The argv of a rollback command (canary weight 0). */
  rollbackCommand: readonly string[];
  /** The canary weight the running nginx now applies (read back from the config it loaded). */
  currentWeight(): number;
  stop(): Promise<void>;
}

const SET_WEIGHT = fileURLToPath(new URL("set-weight.mjs", import.meta.url));

/**
 * nginx's main configuration: everything (pid, logs, temp files) inside the splitter's folder,
 * one worker so that weighted round robin splits exactly, no `user` directive (as root the
 * workers run as nobody, which is enough to proxy).
 */
function mainConf(dir: string, port: number): string {
  const temp = (name: string) => `${name}_temp_path ${join(dir, "temp", name)};`;
  return `daemon off;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 512; }
http {
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  include ${join(dir, UPSTREAM_FILE)};
  server {
    listen 127.0.0.1:${port};
    location = /__splitter/weight { default_type text/plain; return 200 "$canary_weight\\n"; }
    location / {
      proxy_pass http://models;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
}

/**
 * A real traffic splitter: Debian's nginx with a weighted upstream of the two model servers,
 * because weighted nginx upstreams rewritten and reloaded by a command are what many teams run.
 * The canary starts at weight 0; set-weight.mjs moves it.
 */
export async function startSplitter(baseline: ModelServer, canary: ModelServer): Promise<Splitter> {
  const dir = harnessDir("splitter");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const conf = join(dir, "nginx.conf");
  const args = ["-p", `${dir}/`, "-c", conf, "-e", join(dir, "error.log")];
  const servers = { baseline: new URL(baseline.url).host, canary: new URL(canary.url).host };
  const state = { nginx: NGINX, args, probe: `${url}/__splitter/weight`, ...servers };
  writeFileSync(join(dir, STATE_FILE), JSON.stringify(state, null, 2));
  writeFileSync(join(dir, UPSTREAM_FILE), upstreamConf(servers, 0));
  writeFileSync(conf, mainConf(dir, port));
  mkdirSync(join(dir, "temp"));
  const child = spawnTracked(NGINX, args, join(dir, "nginx.out"));
  // SIGTERM: the master stops its workers before it exits, so none is left behind.
  const stop = onCleanup(() => endProcess(child, "SIGTERM"));
  await waitUntilReady("nginx", {
    child,
    ready: async () => (await fetch(state.probe)).ok,
    timeoutMs: 10_000,
    detail: () => `its error log:\n${readFileSync(join(dir, "error.log"), "utf8").slice(-2000)}`,
  });
  const command = (weight: string) => [process.execPath, SET_WEIGHT, dir, weight];
  return {
    url,
    setWeightCommand: command("{weight}"),
    rollbackCommand: command("0"),
    currentWeight: () => readWeight(join(dir, UPSTREAM_FILE)),
    stop,
  };
}
