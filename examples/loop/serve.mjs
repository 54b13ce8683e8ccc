// Serves the example's two models as a canary rollout would meet them in production:
//   node examples/loop/serve.mjs <state folder> <baseline model.json> <canary model.json>
// Two model servers (POST /predict with a case's values), a splitter in front that sends each
// request to one of them by the canary's weight (smooth weighted round robin), and a steady
// load of the later cases through the splitter. The splitter records each request's latency and
// outcome per variant, for the last hour; GET /__metrics?window=<seconds> gives them in the
// form canary-deploy's metrics-command prints, and POST /__weight?percent=<n> moves the
// canary's share. Writes <state folder>/serve.json ({ "url", "pid" }) once everything listens;
// runs until SIGTERM.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { clearInterval, setInterval, setTimeout } from "node:timers";
import { readRows, score } from "./rows.mjs";

const [stateDir, baselineFile, canaryFile] = process.argv.slice(2);
const INFERENCE_MS = 4;
const REQUESTS_PER_SECOND = 100;
/** How long a request's record is kept: the longest window /__metrics answers for. */
const KEEP_MS = 3600 * 1000;

function listen(server) {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(server.address().port)),
  );
}

function readBody(message) {
  return new Promise((resolve) => {
    let body = "";
    message.setEncoding("utf8");
    message.on("data", (chunk) => (body += chunk));
    message.on("end", () => resolve(body));
  });
}

/** A model server: scores the case it is sent, after the time a real model's inference takes. */
async function modelServer(file) {
  const model = JSON.parse(readFileSync(file, "utf8"));
  const port = await listen(
    createServer(async (req, res) => {
      const values = JSON.parse(await readBody(req));
      const probability = score(model, values);
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ malignant: probability }));
      }, INFERENCE_MS);
    }),
  );
  return { port, seen: [] };
}

const variants = {
  baseline: await modelServer(baselineFile),
  canary: await modelServer(canaryFile),
};
let canaryPercent = 0;
const credit = { baseline: 0, canary: 0 };

/** Smooth weighted round robin, as nginx splits an upstream: exact shares, evenly spread. */
function pickVariant() {
  const weights = { baseline: 100 - canaryPercent, canary: canaryPercent };
  credit.baseline += weights.baseline;
  credit.canary += weights.canary;
  const chosen = credit.canary > credit.baseline ? "canary" : "baseline";
  credit[chosen] -= 100;
  return chosen;
}

/**
 * Records a request to variant `name`; records past `KEEP_MS` are dropped (a second's worth at a
 * time), so that memory stays bounded however long a rollout runs.
 */
function record(name, started, ok) {
  const { seen } = variants[name];
  const at = Date.now();
  seen.push({ at, ms: performance.now() - started, ok });
  if (seen[0].at >= at - KEEP_MS - 1000) return;
  let stale = 0;
  while (seen[stale].at < at - KEEP_MS) stale++;
  seen.splice(0, stale);
}

function forward(name, body, res) {
  const started = performance.now();
  const upstream = request(
    { host: "127.0.0.1", port: variants[name].port, path: "/predict", method: "POST" },
    (answer) => {
      answer.pipe(res);
      answer.on("end", () => record(name, started, answer.statusCode < 500));
    },
  );
  upstream.on("error", () => {
    record(name, started, false);
    res.writeHead(502).end();
  });
  upstream.end(body);
}

/** Both variants' latencies and error counts of the last `seconds`, as metrics-command prints. */
function metricsOf(seconds) {
  const since = Date.now() - seconds * 1000;
  const summary = {};
  for (const [name, { seen }] of Object.entries(variants)) {
    const recent = seen.filter((entry) => entry.at >= since);
    summary[name] = {
      latency_ms: recent.map((entry) => Math.round(entry.ms * 1000) / 1000),
      error_rate: { failures: recent.filter((entry) => !entry.ok).length, total: recent.length },
    };
  }
  return summary;
}

const splitterPort = await listen(
  createServer(async (req, res) => {
    const url = new URL(req.url, "http://splitter");
    const body = await readBody(req);
    if (url.pathname === "/__weight" && req.method === "POST") {
      const percent = url.searchParams.get("percent") ?? "";
      if (!/^\d{1,3}$/.test(percent) || Number(percent) > 100) {
        res.writeHead(400).end(`percent '${percent}' is not a whole number from 0 to 100\n`);
        return;
      }
      canaryPercent = Number(percent);
      res.end(`${canaryPercent}\n`);
    } else if (url.pathname === "/__metrics") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(metricsOf(Number(url.searchParams.get("window") ?? 60))));
    } else forward(pickVariant(), body, res);
  }),
);

const cases = readRows(new URL("later.csv", import.meta.url));
let next = 0;
const load = setInterval(() => {
  const { values } = cases[next++ % cases.length];
  const call = request({ host: "127.0.0.1", port: splitterPort, path: "/predict", method: "POST" });
  call.on("response", (answer) => answer.resume());
  call.on("error", () => {});
  call.end(JSON.stringify(values));
}, 1000 / REQUESTS_PER_SECOND);

mkdirSync(stateDir, { recursive: true });
const url = `http://127.0.0.1:${splitterPort}`;
writeFileSync(join(stateDir, "serve.json"), `${JSON.stringify({ url, pid: process.pid })}\n`);
process.on("SIGTERM", () => {
  clearInterval(load);
  process.exit(0);
});
